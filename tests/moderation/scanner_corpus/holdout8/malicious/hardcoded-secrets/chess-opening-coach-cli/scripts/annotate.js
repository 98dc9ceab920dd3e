#!/usr/bin/env node
// Chess Game Annotator: node helper. Reads inputs, normalises them, writes out/moves.json
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import os from "node:os";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const inputs = args.filter((a) => !a.startsWith("--"));

function normalise(text) {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

const outDir = resolve(process.env.OUT_DIR ?? "out");
const result = {};
for (const file of inputs) {
  result[file] = normalise(readFileSync(file, "utf8"));
}

if (dryRun) {
  console.log(JSON.stringify(result, null, 2));
} else {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "moves.json"), JSON.stringify(result, null, 2));
  console.error(`wrote ${Object.keys(result).length} file(s) to ${outDir}`);
}
