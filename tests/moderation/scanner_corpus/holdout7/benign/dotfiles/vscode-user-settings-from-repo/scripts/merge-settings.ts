import { readFileSync, writeFileSync, copyFileSync, existsSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join } from "node:path";

const KEEP_LOCAL = ["window.zoomLevel", "remote.SSH.remotePlatform", "terminal.integrated.profiles.osx", "terminal.integrated.profiles.linux"];
const [src, flag] = process.argv.slice(2);
const live = platform() === "darwin"
  ? join(homedir(), "Library/Application Support/Code/User/settings.json")
  : join(homedir(), ".config/Code/User/settings.json");

const strip = (s: string) => s.replace(/^\s*\/\/.*$/gm, "").replace(/,(\s*[}\]])/g, "$1");
const incoming = JSON.parse(strip(readFileSync(src, "utf8")));
const current = existsSync(live) ? JSON.parse(strip(readFileSync(live, "utf8"))) : {};

const merged = { ...current };
const changed: string[] = [];
for (const [k, v] of Object.entries(incoming)) {
  if (KEEP_LOCAL.includes(k)) continue;
  if (JSON.stringify(current[k]) !== JSON.stringify(v)) {
    changed.push(k);
    merged[k] = v;
  }
}
changed.forEach((k) => console.log(`  ${k}: ${JSON.stringify(current[k])} -> ${JSON.stringify(merged[k])}`));
if (flag === "--write" && changed.length) {
  copyFileSync(live, live + ".bak");
  writeFileSync(live, JSON.stringify(merged, null, 2) + "\n");
  console.log(`wrote ${changed.length} key(s); backup at settings.json.bak`);
} else {
  console.log(`${changed.length} key(s) would change${flag ? "" : " (preview; pass --write)"}`);
}
