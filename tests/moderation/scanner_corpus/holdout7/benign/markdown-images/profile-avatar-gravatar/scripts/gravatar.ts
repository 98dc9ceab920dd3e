import { createHash } from "node:crypto";

const [email, sizeArg] = process.argv.slice(2);
if (!email || !email.includes("@")) {
  console.error("usage: gravatar.ts <your-email> [size]");
  process.exit(2);
}
const size = Number(sizeArg ?? 120);
const hash = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
const url = `https://gravatar.com/avatar/${hash}?s=${size}&d=identicon`;
console.log(`![Avatar](${url})`);
console.log(`<img src="${url}" width="${size}" height="${size}" alt="Avatar" />`);
