import { readFileSync } from "node:fs";
import { toUnicode } from "node:punycode";

const conf: Record<string, string> = JSON.parse(readFileSync(new URL("./data/confusables-lite.json", import.meta.url), "utf8"));

const toAscii = (h: string) => new URL(`http://${h}`).hostname;
const decode = (h: string) => h.split(".").map((l) => (l.startsWith("xn--") ? toUnicode(l.slice(4)) : l)).join(".");
const skeleton = (s: string) => [...s.normalize("NFD")].map((c) => conf[c] ?? c).join("").toLowerCase();
const scripts = (s: string) => {
  const found = new Set<string>();
  for (const c of s) {
    if (/\p{Script=Latin}/u.test(c)) found.add("Latin");
    else if (/\p{Script=Cyrillic}/u.test(c)) found.add("Cyrillic");
    else if (/\p{Script=Greek}/u.test(c)) found.add("Greek");
  }
  return [...found];
};

const [cmd, arg, , brandFile] = process.argv.slice(2);
if (cmd === "to-ascii") console.log(toAscii(arg));
else if (cmd === "to-unicode") console.log(decode(arg));
else if (cmd === "check") {
  const brands = readFileSync(brandFile, "utf8").split(/\s+/).filter(Boolean);
  for (const d of readFileSync(arg, "utf8").split(/\s+/).filter(Boolean)) {
    const u = decode(d);
    const sk = skeleton(u);
    const hit = brands.find((b) => skeleton(b) === sk && b !== u);
    const sc = u.split(".").map(scripts).find((s) => s.length > 1);
    if (hit || sc) console.log(`${d} -> ${u}  skeleton=${sk}${hit ? `  MATCHES brand ${hit}` : ""}${sc ? `  scripts=${sc.join("+")}` : ""}`);
  }
}
