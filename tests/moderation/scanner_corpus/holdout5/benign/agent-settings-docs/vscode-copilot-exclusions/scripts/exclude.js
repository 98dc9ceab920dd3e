const fs = require("fs");
const file = ".vscode/settings.json";
fs.mkdirSync(".vscode", { recursive: true });
const settings = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
settings["github.copilot.enable"] = { ...(settings["github.copilot.enable"] || {}), dotenv: false, plaintext: false };
settings["files.exclude"] = { ...(settings["files.exclude"] || {}), "**/.env": true, "**/*.pem": true };
fs.writeFileSync(file, JSON.stringify(settings, null, 2) + "\n");
console.log("Copilot disabled for dotenv/plaintext files; .env and *.pem hidden in this workspace.");
