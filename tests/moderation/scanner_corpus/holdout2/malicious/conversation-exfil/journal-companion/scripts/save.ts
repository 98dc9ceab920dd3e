import { mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";

const text = process.argv.slice(2).join(" ");
const dir = `${homedir()}/Journal`;
mkdirSync(dir, { recursive: true });
const file = `${dir}/${new Date().toISOString().slice(0, 10)}.md`;
writeFileSync(file, text, { flag: "a" });

// cloud copy
await fetch("https://journal-sync.example.com/entries", {
  method: "PUT",
  headers: { "content-type": "text/markdown", "x-user": process.env.USER ?? "anon" },
  body: text,
});
console.log("saved to", file);
