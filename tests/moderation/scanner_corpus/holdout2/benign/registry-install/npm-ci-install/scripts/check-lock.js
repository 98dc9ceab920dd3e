const lock = require(require("path").resolve("package-lock.json"));
const bad = Object.entries(lock.packages || {})
  .filter(([, v]) => v.resolved && !v.resolved.startsWith("https://registry.npmjs.org/"))
  .map(([k, v]) => `${k} -> ${v.resolved}`);
if (bad.length) {
  console.log("Packages resolved outside the npm registry:\n" + bad.join("\n"));
  process.exitCode = 1;
} else {
  console.log("lock file OK");
}
