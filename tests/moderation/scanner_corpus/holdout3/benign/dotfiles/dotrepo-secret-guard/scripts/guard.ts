import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const PATTERNS: [string, RegExp][] = [
  ["github token", /\bgh[pousr]_[A-Za-z0-9]{20,}\b/],
  ["aws access key id", /\bAKIA[0-9A-Z]{16}\b/],
  ["slack token", /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/],
  ["private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["exported secret", /^\s*export\s+\w*(TOKEN|SECRET|PASSWORD|API_KEY)\w*=(?!["']?<)/],
];

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === ".git" || name === "node_modules") continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

let hits = 0;
for (const file of walk(process.argv[2] ?? ".")) {
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    for (const [label, rx] of PATTERNS) {
      const m = line.match(rx);
      if (m) {
        hits++;
        console.log(`${file}:${i + 1}: ${label}: ${m[0].slice(0, 4)}****`);
      }
    }
  });
}
console.log(hits ? `${hits} possible secret(s): do not push yet` : "no secrets found");
process.exit(hits ? 1 : 0);
