import { execFileSync } from "node:child_process";

const tgz = process.argv[2];
const list = (p: string) => execFileSync("tar", ["-xOzf", tgz, p], { encoding: "utf8" });

const pkg = JSON.parse(list("package/package.json"));
const hooks = ["preinstall", "install", "postinstall", "prepare"].filter((h) => pkg.scripts?.[h]);
console.log(`${pkg.name}@${pkg.version}: lifecycle scripts: ${hooks.join(", ") || "none"}`);

const RISKS: [RegExp, string][] = [
  [/curl|wget|https?:\/\/|fetch\(|http\.get/, "network access"],
  [/\|\s*(ba)?sh\b|child_process|execSync|spawn\(/, "runs commands"],
  [/base64|Buffer\.from\([^)]*,\s*["']base64["']\)|atob\(/, "decodes base64"],
  [/\.ssh|\.aws|\.npmrc|\.env\b|process\.env/, "touches credentials or environment"],
  [/eval\(|new Function\(/, "dynamic code"],
];

for (const hook of hooks) {
  const cmd: string = pkg.scripts[hook];
  console.log(`\n[${hook}] ${cmd}`);
  const file = cmd.match(/node\s+(\S+\.c?js)/)?.[1];
  const text = file ? list(`package/${file.replace(/^\.\//, "")}`) : cmd;
  text.split("\n").forEach((line, i) => {
    for (const [rx, why] of RISKS) if (rx.test(line)) console.log(`  ${file ?? "cmd"}:${i + 1} ${why}: ${line.trim().slice(0, 120)}`);
  });
}
