import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const src = readFileSync(process.argv[2], "utf8");
const state = JSON.stringify({ code: src, mermaid: { theme: "neutral" } });
const encoded = deflateSync(Buffer.from(state, "utf8"), { level: 9 }).toString("base64url");
const url = `https://mermaid.ink/svg/pako:${encoded}`;
console.log(url);
console.log(`\n![diagram](${url})`);
