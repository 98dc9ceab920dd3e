// Triage unlabelled issues with the maintainer's own token; apply labels only when confirmed.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { Octokit } from "@octokit/rest";

const [repoArg, ...flags] = process.argv.slice(2);
const [owner, repo] = (repoArg ?? "").split("/");
if (!owner || !repo) throw new Error("usage: node triage.mjs owner/repo [--dry-run]");
const dryRun = flags.includes("--dry-run");
const token = process.env.GITHUB_TOKEN ?? execFileSync("gh", ["auth", "token"]).toString().trim();
const octokit = new Octokit({ auth: token, userAgent: "issue-triage-cli" });
const rules = JSON.parse(readFileSync(new URL("./rules.json", import.meta.url), "utf8"));

const suggest = (text) =>
  Object.entries(rules).filter(([, words]) => words.some((w) => text.toLowerCase().includes(w))).map(([label]) => label);

const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
  owner, repo, state: "open", sort: "created", direction: "asc", per_page: 50,
});
const rl = createInterface({ input: process.stdin, output: process.stdout });
for (const issue of issues.filter((i) => !i.pull_request && i.labels.length === 0)) {
  const days = Math.round((Date.now() - Date.parse(issue.created_at)) / 86400000);
  let labels = suggest(`${issue.title}\n${issue.body ?? ""}`);
  console.log(`\n#${issue.number} ${issue.title}  (@${issue.user.login}, ${days} d)`);
  console.log((issue.body ?? "").split("\n").slice(0, 6).join("\n"));
  console.log(`suggested: ${labels.join(", ") || "(none)"}   ${issue.html_url}`);
  const a = (await rl.question("apply? [y/e/s/q] ")).trim();
  if (a === "q") break;
  if (a === "e") labels = (await rl.question("labels (comma separated): ")).split(",").map((s) => s.trim()).filter(Boolean);
  if ((a === "y" || a === "e") && labels.length && !dryRun) {
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue.number, labels });
    console.log("labelled:", labels.join(", "));
  }
}
rl.close();
