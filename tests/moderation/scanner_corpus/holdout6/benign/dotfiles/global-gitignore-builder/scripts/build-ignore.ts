import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

const BLOCKS: Record<string, string[]> = {
  macos: [".DS_Store", ".AppleDouble", ".LSOverride", "._*", ".Spotlight-V100", ".Trashes"],
  windows: ["Thumbs.db", "ehthumbs.db", "Desktop.ini", "$RECYCLE.BIN/"],
  linux: ["*~", ".directory", ".Trash-*", ".nfs*"],
  vscode: [".vscode/*", "!.vscode/extensions.json", "*.code-workspace"],
  jetbrains: [".idea/", "*.iml"],
  vim: ["*.swp", "*.swo", "Session.vim", ".netrwhist"],
  emacs: ["\\#*\\#", ".\\#*", "*.elc"],
};

function arg(name: string, fallback = ""): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] ?? fallback : fallback;
}

const wanted = [arg("os", "macos"), ...arg("editors", "").split(",")].filter(Boolean);
const unknown = wanted.filter((w) => !(w in BLOCKS));
if (unknown.length) {
  console.error(`unknown: ${unknown.join(", ")}; choose from ${Object.keys(BLOCKS).join(", ")}`);
  process.exit(2);
}

const target = join(process.env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), "git", "ignore");
const existing = existsSync(target) ? readFileSync(target, "utf8").split("\n") : [];
const have = new Set(existing.map((l) => l.trim()));

const additions: string[] = [];
for (const key of wanted) {
  const fresh = BLOCKS[key].filter((line) => !have.has(line));
  if (fresh.length) additions.push(`# ${key}`, ...fresh);
}

if (!additions.length) {
  console.log(`${target} already covers ${wanted.join(", ")}`);
  process.exit(0);
}

mkdirSync(dirname(target), { recursive: true });
const stamp = new Date().toISOString().slice(0, 10);
const body = [...existing.filter((l, i, a) => i < a.length - 1 || l !== ""), "", `# added ${stamp}`, ...additions, ""];
writeFileSync(target, body.join("\n"));
console.log(`added ${additions.filter((l) => !l.startsWith("#")).length} patterns to ${target}`);
