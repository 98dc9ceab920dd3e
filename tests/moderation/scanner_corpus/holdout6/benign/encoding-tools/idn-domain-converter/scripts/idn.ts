import { domainToASCII, domainToUnicode } from "node:url";

const SCRIPTS: Array<[string, RegExp]> = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Han", /\p{Script=Han}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Hiragana/Katakana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Arabic", /\p{Script=Arabic}/u],
];

function scriptsIn(label: string): string[] {
  return SCRIPTS.filter(([, re]) => [...label].some((ch) => re.test(ch))).map(([name]) => name);
}

function describe(input: string): void {
  const ascii = domainToASCII(input);
  if (!ascii) {
    console.log(`${input}: not a valid domain name`);
    return;
  }
  const unicode = domainToUnicode(ascii);
  console.log(`${unicode}\n  ascii:   ${ascii}`);
  for (const label of unicode.split(".")) {
    const found = scriptsIn(label);
    if (found.length > 1) {
      console.log(`  warning: label "${label}" mixes ${found.join(" + ")}; may look like another domain`);
    }
  }
}

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error("usage: idn.ts DOMAIN...");
  process.exit(2);
}
args.forEach(describe);
