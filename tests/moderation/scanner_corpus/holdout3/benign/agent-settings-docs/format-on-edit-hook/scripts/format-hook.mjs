import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const event = JSON.parse(readFileSync(0, "utf8"));
const file = event?.tool_input?.file_path;
if (!file || !/\.(js|jsx|ts|tsx|json|css|md)$/.test(file)) process.exit(0);

try {
  execFileSync("npx", ["--no-install", "prettier", "--write", file], { stdio: "ignore" });
} catch {
  // Prettier missing or the file has a syntax error: leave it to the agent's next step.
}
