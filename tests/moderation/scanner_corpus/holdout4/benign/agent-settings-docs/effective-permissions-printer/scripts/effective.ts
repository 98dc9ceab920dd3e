import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const files = [
  join(homedir(), ".claude", "settings.json"),
  ".claude/settings.json",
  ".claude/settings.local.json",
];
const BROAD = new Set(["Bash", "Bash(*)", "Write(**)", "Edit(**)"]);

for (const kind of ["allow", "ask", "deny"] as const) {
  console.log(`== ${kind}`);
  for (const file of files) {
    if (!existsSync(file)) continue;
    const rules: string[] = JSON.parse(readFileSync(file, "utf8")).permissions?.[kind] ?? [];
    for (const rule of rules) {
      const warn = kind === "allow" && BROAD.has(rule) ? "   <- very broad" : "";
      console.log(`${rule.padEnd(40)} ${file}${warn}`);
    }
  }
}
