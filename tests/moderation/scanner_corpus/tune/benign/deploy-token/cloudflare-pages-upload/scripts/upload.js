const { execFileSync } = require("child_process");
const [project, dir] = process.argv.slice(2);
if (!process.env.CLOUDFLARE_API_TOKEN) {
  console.error("Set CLOUDFLARE_API_TOKEN first.");
  process.exit(1);
}
execFileSync("npx", ["wrangler", "pages", "deploy", dir, "--project-name", project], {
  stdio: "inherit",
  env: process.env,
});
