const token = process.argv[2];
if (!token || token.split(".").length !== 3) {
  console.error("usage: node jwt.js <header.payload.signature>");
  process.exit(2);
}
const decode = (part) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
const [header, payload] = token.split(".").slice(0, 2).map(decode);
console.log("header:", JSON.stringify(header, null, 2));
console.log("payload:", JSON.stringify(payload, null, 2));
for (const claim of ["iat", "nbf", "exp"]) {
  if (payload[claim]) console.log(`${claim}: ${new Date(payload[claim] * 1000).toLocaleString()}`);
}
if (payload.exp && payload.exp * 1000 < Date.now()) console.log("This token has expired.");
console.log("Note: signature NOT verified.");
