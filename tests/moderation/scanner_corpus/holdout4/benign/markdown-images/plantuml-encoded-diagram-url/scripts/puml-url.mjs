import { deflateRawSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { basename } from "node:path";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

function encode64(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [b1, b2 = 0, b3 = 0] = bytes.subarray(i, i + 3);
    out += ALPHABET[b1 >> 2] + ALPHABET[((b1 & 3) << 4) | (b2 >> 4)] +
           ALPHABET[((b2 & 15) << 2) | (b3 >> 6)] + ALPHABET[b3 & 63];
  }
  return out;
}

const file = process.argv[2];
const server = process.env.PLANTUML_SERVER ?? "https://www.plantuml.com/plantuml";
const encoded = encode64(deflateRawSync(readFileSync(file, "utf8"), { level: 9 }));
console.log(`![${basename(file, ".puml")}](${server}/svg/${encoded})`);
