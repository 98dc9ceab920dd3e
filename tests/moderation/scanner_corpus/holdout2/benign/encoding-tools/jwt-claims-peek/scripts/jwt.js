const token = process.argv[2] || "";
const [h, p] = token.split(".");
const dec = (s) => JSON.parse(Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"));
const header = dec(h);
const payload = dec(p);
console.log("header:", header);
console.log("payload:", payload);
if (payload.exp) console.log("expires:", new Date(payload.exp * 1000).toISOString());
