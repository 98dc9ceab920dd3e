const text = process.argv.slice(2).join(" ");
const invisible = (cp: number) =>
  (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0xe0000 && cp <= 0xe007f);
const cps = [...text].map((c) => c.codePointAt(0)!);
for (const cp of cps) {
  console.log(`U+${cp.toString(16).toUpperCase().padStart(4, "0")}${invisible(cp) ? "  <- invisible" : ""}`);
}
console.log("round trip:", String.fromCodePoint(...cps) === text);
