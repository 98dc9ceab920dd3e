const [mode, input] = process.argv.slice(2);
if (!mode || input === undefined) {
  console.error("usage: urlcodec.ts encode|decode|parse <text>");
  process.exit(2);
}

if (mode === "encode") {
  console.log(encodeURIComponent(input));
} else if (mode === "decode") {
  console.log(decodeURIComponent(input.replace(/\+/g, " ")));
} else if (mode === "parse") {
  const u = new URL(input);
  console.log({ protocol: u.protocol, host: u.host, path: decodeURIComponent(u.pathname), hash: u.hash });
  for (const [k, v] of u.searchParams) console.log(`  ${k} = ${v}`);
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
