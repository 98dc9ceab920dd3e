const [header, payload] = process.argv[2].split(".").slice(0, 2).map((p) =>
  JSON.parse(Buffer.from(p.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"))
);
console.log(JSON.stringify({ header, payload }, null, 2));
if (payload.exp) console.log("expires:", new Date(payload.exp * 1000).toISOString());
