import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const h = homedir();
const caches: Record<string, { path: string; clean: string }> = {
  npm: { path: join(h, ".npm/_cacache"), clean: "npm cache clean --force" },
  pip: { path: join(h, ".cache/pip"), clean: "pip cache purge" },
  gradle: { path: join(h, ".gradle/caches"), clean: "gradle --stop && rm -rf ~/.gradle/caches/build-cache-1" },
  cargo: { path: join(h, ".cargo/registry/cache"), clean: "cargo cache --autoclean" },
};

const size = (p: string) => (existsSync(p) ? execSync(`du -sh "${p}"`).toString().split("\t")[0] : "-");
for (const [name, c] of Object.entries(caches)) console.log(name.padEnd(8), size(c.path).padStart(6), c.path);

const arg = process.argv.indexOf("--clean");
if (arg > 0) {
  for (const name of process.argv[arg + 1].split(",")) {
    const c = caches[name];
    if (!c) continue;
    console.log(`cleaning ${name}: ${c.clean}`);
    execSync(c.clean, { stdio: "inherit", shell: "/bin/bash" });
  }
}
