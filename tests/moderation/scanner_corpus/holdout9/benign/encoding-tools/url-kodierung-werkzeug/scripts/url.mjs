import { domainToASCII, domainToUnicode } from "node:url";

const [cmd, input] = process.argv.slice(2);
switch (cmd) {
  case "encode":
    console.log(encodeURIComponent(input));
    break;
  case "decode":
    console.log(decodeURIComponent(input.replace(/\+/g, " ")));
    break;
  case "parse": {
    const u = new URL(input);
    console.log(`Schema: ${u.protocol}\nHost:   ${u.hostname} (${domainToUnicode(u.hostname)})\nPfad:   ${decodeURIComponent(u.pathname)}`);
    for (const [k, v] of u.searchParams) console.log(`  ${k} = ${v}`);
    break;
  }
  case "idn":
    console.log(domainToASCII(input));
    break;
  default:
    console.error("encode | decode | parse | idn");
    process.exit(1);
}
