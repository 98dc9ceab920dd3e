import { readFileSync } from "node:fs";

const out = JSON.parse(readFileSync(".netlify-deploy.json", "utf8"));
console.log(`site:    ${out.site_name}`);
console.log(`preview: ${out.deploy_url}`);
if (out.url) console.log(`live:    ${out.url}`);
console.log(`logs:    ${out.logs}`);
