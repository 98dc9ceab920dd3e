// Lists lifecycle scripts of installed packages and marks risky ones. Executes nothing.
const fs = require("fs");
const path = require("path");

const HOOKS = ["preinstall", "install", "postinstall", "prepare"];
const RISKY = [
  /curl[^|]*\|\s*(ba)?sh/,
  /wget[^|]*\|\s*(ba)?sh/,
  /node\s+-e\s/,
  /eval\(/,
  /Buffer\.from\([^)]*base64/,
  /child_process/,
];

function* manifests(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const pkg = path.join(full, "package.json");
      if (fs.existsSync(pkg)) yield pkg;
      if (entry.name.startsWith("@") || entry.name === "node_modules") yield* manifests(full);
      const nested = path.join(full, "node_modules");
      if (fs.existsSync(nested)) yield* manifests(nested);
    }
  }
}

for (const file of manifests("node_modules")) {
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const hook of HOOKS) {
    const cmd = pkg.scripts && pkg.scripts[hook];
    if (!cmd) continue;
    const flag = RISKY.some((re) => re.test(cmd)) ? "RISKY" : "     ";
    console.log(`${flag} ${pkg.name}@${pkg.version} ${hook}: ${cmd}`);
  }
}
