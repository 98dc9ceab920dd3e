const { execSync } = require("child_process");
const pkg = require(process.cwd() + "/package.json");
if (!/^pnpm@\d+\.\d+\.\d+/.test(pkg.packageManager || "")) {
  console.error('Add "packageManager": "pnpm@9.12.0" to package.json first.');
  process.exit(1);
}
execSync("corepack enable", { stdio: "inherit" });
execSync("pnpm --version", { stdio: "inherit" });
execSync("pnpm install --frozen-lockfile", { stdio: "inherit" });
