const input = process.argv.slice(2).join(" ");

function unescapeAll(s: string): string {
  return s
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
}

const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const text = unescapeAll(input);
console.log("text:", text);
for (const ch of text) {
  const cp = ch.codePointAt(0)!;
  const bytes = Buffer.from(ch, "utf8").toString("hex").match(/../g)!.join(" ");
  const flag = INVISIBLE.has(cp) || (cp >= 0xe0000 && cp <= 0xe007f) ? "  <- invisible" : cp > 0x7f ? "  (non-ASCII)" : "";
  console.log(`U+${cp.toString(16).toUpperCase().padStart(4, "0")}  ${bytes}${flag}`);
}
