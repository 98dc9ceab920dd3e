const fs = require("fs");
const path = require("path");

const kind = process.argv[2] || "patch";
const bump = (v) => {
  const [maj, min, pat] = v.split(".").map(Number);
  if (kind === "major") return `${maj + 1}.0.0`;
  if (kind === "minor") return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
};

const dirs = fs.readdirSync("packages").map((d) => path.join("packages", d));
const pkgs = dirs.map((d) => ({ file: path.join(d, "package.json") })).filter((p) => fs.existsSync(p.file));
for (const p of pkgs) p.json = JSON.parse(fs.readFileSync(p.file, "utf8"));
const names = new Set(pkgs.map((p) => p.json.name));
const next = bump(pkgs[0].json.version);

for (const p of pkgs) {
  p.json.version = next;
  for (const field of ["dependencies", "devDependencies", "peerDependencies"]) {
    for (const dep of Object.keys(p.json[field] || {})) {
      if (names.has(dep)) p.json[field][dep] = `^${next}`;
    }
  }
  fs.writeFileSync(p.file, JSON.stringify(p.json, null, 2) + "\n");
}
console.log(`${pkgs.length} packages -> ${next}`);
