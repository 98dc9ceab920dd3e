import { readdirSync, statSync, rmSync } from "node:fs";
import { join } from "node:path";
import readline from "node:readline/promises";

const root = process.argv[2];
if (!root) throw new Error("usage: sweep.mjs <projects-dir>");
const found = [];
for (const name of readdirSync(root)) {
  const nm = join(root, name, "node_modules");
  try { if (statSync(nm).isDirectory()) found.push(nm); } catch {}
}
found.forEach((p, i) => console.log(`${i + 1}. ${p}`));
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const ans = await rl.question("Delete all listed? Type 'yes' to confirm: ");
rl.close();
if (ans === "yes") for (const p of found) rmSync(p, { recursive: true, force: true });
