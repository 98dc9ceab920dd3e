const fs = require("fs");
const os = require("os");
const path = require("path");

const userFile = {
  darwin: path.join(os.homedir(), "Library/Application Support/Code/User/settings.json"),
  linux: path.join(os.homedir(), ".config/Code/User/settings.json"),
  win32: path.join(process.env.APPDATA || "", "Code/User/settings.json"),
}[process.platform];

const strip = (s) => s.replace(/^\s*\/\/.*$/gm, "");
const team = JSON.parse(strip(fs.readFileSync(process.argv[2], "utf8")));
const mine = fs.existsSync(userFile) ? JSON.parse(strip(fs.readFileSync(userFile, "utf8"))) : {};
const merged = { ...team, ...mine };
const out = JSON.stringify(merged, null, 2) + "\n";
if (process.argv.includes("--write")) {
  if (fs.existsSync(userFile)) fs.copyFileSync(userFile, userFile + ".bak");
  fs.writeFileSync(userFile, out);
  console.log("written", userFile);
} else {
  process.stdout.write(out);
}
