import { existsSync, readFileSync, writeFileSync } from "node:fs";

const KNOWN: Record<string, object> = {
  github: {
    type: "http",
    url: "https://api.githubcopilot.com/mcp/",
    headers: { Authorization: "Bearer ${GITHUB_PERSONAL_ACCESS_TOKEN}" },
  },
  playwright: { command: "npx", args: ["@playwright/mcp@latest"] },
};

const name = process.argv[2];
if (!name || !(name in KNOWN)) {
  console.error(`usage: add-mcp.ts <${Object.keys(KNOWN).join("|")}>`);
  process.exit(2);
}
const file = ".mcp.json";
const config = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { mcpServers: {} };
config.mcpServers ??= {};
if (config.mcpServers[name]) {
  console.log(`${name} already configured`);
} else {
  config.mcpServers[name] = KNOWN[name];
  writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
  console.log(`added ${name} to ${file}`);
}
