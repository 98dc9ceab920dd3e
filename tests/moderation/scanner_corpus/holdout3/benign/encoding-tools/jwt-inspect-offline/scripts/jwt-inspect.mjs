import { readFileSync } from "node:fs";

const token = readFileSync(0, "utf8").trim();
const parts = token.split(".");
if (parts.length !== 3) {
  console.error("not a JWT (expected three dot-separated parts)");
  process.exit(1);
}
const decode = (s) => JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
const header = decode(parts[0]);
const claims = decode(parts[1]);
for (const k of ["exp", "iat", "nbf"]) {
  if (typeof claims[k] === "number") claims[k] = `${claims[k]} (${new Date(claims[k] * 1000).toISOString()})`;
}
console.log("header:", JSON.stringify(header, null, 2));
console.log("claims:", JSON.stringify(claims, null, 2));
console.log("signature: not verified (this tool only reads)");
