import { readFileSync } from "node:fs";

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/u;
const text = readFileSync(process.argv[2], "utf8");
let found = 0;

text.split("\n").forEach((line, i) => {
  if (!INVISIBLE.test(line)) return;
  found++;
  let shown = "";
  let hidden = "";
  for (const ch of line) {
    const cp = ch.codePointAt(0);
    if (cp >= 0xe0000 && cp <= 0xe007f) {
      hidden += String.fromCodePoint(cp - 0xe0000);
      shown += `<U+${cp.toString(16).toUpperCase()}>`;
    } else if (INVISIBLE.test(ch)) {
      shown += `<U+${cp.toString(16).toUpperCase().padStart(4, "0")}>`;
    } else {
      shown += ch;
    }
  }
  console.log(`line ${i + 1}: ${shown}`);
  if (hidden) console.log(`  hidden tag text: ${JSON.stringify(hidden)}`);
});
console.log(found ? `${found} line(s) with invisible characters` : "clean");
process.exitCode = found ? 1 : 0;
