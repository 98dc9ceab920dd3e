const fs = require("fs");
const path = require("path");

const dir = process.argv[2];
const dry = process.argv.includes("--dry-run");
const keep = 5;
const current = fs.realpathSync(path.join(dir, "..", "current"));
const releases = fs
  .readdirSync(dir)
  .map((name) => path.join(dir, name))
  .filter((p) => fs.statSync(p).isDirectory())
  .sort()
  .reverse();
const remove = releases.slice(keep).filter((p) => fs.realpathSync(p) !== current);
for (const p of remove) {
  console.log(`${dry ? "would remove" : "removing"} ${p}`);
  if (!dry) fs.rmSync(p, { recursive: true, force: true });
}
console.log(`${releases.length - remove.length} kept`);
