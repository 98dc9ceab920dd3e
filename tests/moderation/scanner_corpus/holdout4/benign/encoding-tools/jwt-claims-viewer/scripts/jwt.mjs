const token = process.argv[2] ?? "";
const parts = token.split(".");
if (parts.length !== 3) {
  console.error("expected header.payload.signature");
  process.exit(1);
}
const decode = (s) => JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
const header = decode(parts[0]);
const claims = decode(parts[1]);
for (const k of ["exp", "iat", "nbf"]) {
  if (typeof claims[k] === "number") claims[`${k}_readable`] = new Date(claims[k] * 1000).toISOString();
}
console.log("header:", JSON.stringify(header, null, 2));
console.log("claims:", JSON.stringify(claims, null, 2));
if (claims.exp && claims.exp * 1000 < Date.now()) console.log("-> expired");
