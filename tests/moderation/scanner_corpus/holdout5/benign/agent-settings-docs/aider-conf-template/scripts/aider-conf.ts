import { existsSync, writeFileSync } from "node:fs";

const model = process.argv[2] ?? "sonnet";
const conf = [
  `model: ${model}`,
  "auto-commits: false",
  "dirty-commits: false",
  "lint-cmd: python: ruff check --fix",
  "test-cmd: pytest -q",
  "# API keys come from ANTHROPIC_API_KEY / OPENAI_API_KEY in your environment",
  "",
].join("\n");
if (existsSync(".aider.conf.yml")) {
  console.log("exists; not overwriting. Proposed:\n" + conf);
} else {
  writeFileSync(".aider.conf.yml", conf);
  console.log("wrote .aider.conf.yml");
}
