// Build .github/copilot-instructions.md from interview answers.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const [, , answersPath, flag] = process.argv;
if (!answersPath) {
  console.error("usage: node write-instructions.mjs answers.json [--write]");
  process.exit(2);
}
const a = JSON.parse(readFileSync(answersPath, "utf8"));

const lines = [
  "# Instructions for Copilot",
  "",
  `This is a ${a.stack} project. Run tests with \`${a.test}\`.`,
  "",
  "## Style",
  ...a.style.map((s) => `- ${s}`),
  "",
  "## Reviewers reject",
  ...a.rejects.map((s) => `- ${s}`),
  "",
  "## Do not touch",
  ...a.offLimits.map((s) => `- \`${s}\``),
  "",
];
const text = lines.join("\n");

if (flag === "--write") {
  mkdirSync(".github", { recursive: true });
  writeFileSync(".github/copilot-instructions.md", text);
  console.log("wrote .github/copilot-instructions.md");
} else {
  console.log(text);
  console.log("\n(dry run; pass --write to save)");
}
