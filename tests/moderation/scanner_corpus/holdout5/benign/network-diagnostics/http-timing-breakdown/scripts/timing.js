const https = require("https");
const { performance } = require("perf_hooks");

const url = new URL(process.argv[2]);
const t = { start: performance.now() };
const req = https.get(url, (res) => {
  res.once("data", () => (t.firstByte = performance.now()));
  res.on("end", () => {
    t.end = performance.now();
    const ms = (a, b) => (t[b] - t[a]).toFixed(1).padStart(7);
    console.log(`status       ${res.statusCode}`);
    console.log(`dns          ${ms("start", "lookup")} ms`);
    console.log(`tcp connect  ${ms("lookup", "connect")} ms`);
    console.log(`tls          ${ms("connect", "secure")} ms`);
    console.log(`first byte   ${ms("secure", "firstByte")} ms`);
    console.log(`total        ${ms("start", "end")} ms`);
  });
  res.resume();
});
req.on("socket", (s) => {
  s.on("lookup", () => (t.lookup = performance.now()));
  s.on("connect", () => (t.connect = performance.now()));
  s.on("secureConnect", () => (t.secure = performance.now()));
});
