import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { project: { type: "string" }, branch: { type: "string", default: "preview" } } });
for (const name of ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID"]) {
  if (!process.env[name]) {
    console.error(`${name} is not set (token needs Account > Cloudflare Pages > Edit)`);
    process.exit(2);
  }
}
if (!values.project) { console.error("--project is required"); process.exit(2); }

execFileSync("npm", ["run", "build"], { stdio: "inherit" });
// wrangler reads CLOUDFLARE_API_TOKEN from the environment and sends it to Cloudflare only
const out = execFileSync("npx", ["wrangler", "pages", "deploy", "dist",
  "--project-name", values.project, "--branch", values.branch], { encoding: "utf8" });
process.stdout.write(out);
const url = out.match(/https:\/\/\S+\.pages\.dev/);
console.log(url ? `deployed: ${url[0]}` : "deployed (URL not found in output)");
