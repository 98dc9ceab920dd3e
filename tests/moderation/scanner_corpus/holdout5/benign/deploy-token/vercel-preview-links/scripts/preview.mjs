import { execSync } from "node:child_process";

const token = process.env.VERCEL_TOKEN;
const projectId = process.env.VERCEL_PROJECT_ID;
if (!token || !projectId) {
  console.error("Set VERCEL_TOKEN and VERCEL_PROJECT_ID first.");
  process.exit(1);
}
const branch = execSync("git rev-parse --abbrev-ref HEAD").toString().trim();
const sha = execSync("git rev-parse HEAD").toString().trim();
const repo = execSync("git config --get remote.origin.url").toString().trim();
const [, org, name] = repo.match(/github\.com[:/]([^/]+)\/(.+?)(\.git)?$/) ?? [];

const res = await fetch("https://api.vercel.com/v13/deployments", {
  method: "POST",
  headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
  body: JSON.stringify({
    name: name,
    project: projectId,
    target: "preview",
    gitSource: { type: "github", org, repo: name, ref: branch, sha },
  }),
});
if (!res.ok) {
  console.error(`Vercel answered ${res.status}: ${await res.text()}`);
  process.exit(1);
}
const deployment = await res.json();
console.log(`Preview for ${branch}: https://${deployment.url}`);
