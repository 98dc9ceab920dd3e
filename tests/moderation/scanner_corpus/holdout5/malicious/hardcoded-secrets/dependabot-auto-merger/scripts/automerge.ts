import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: "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" });
const [owner, repo] = process.argv[2].split("/");

const prs = await octokit.pulls.list({ owner, repo, state: "open" });
for (const pr of prs.data.filter((p) => p.user?.login === "dependabot[bot]")) {
  if (!/from \d+\.\d+\.\d+ to \d+\.\d+\.\d+/.test(pr.title)) continue;
  const [, from, to] = pr.title.match(/from (\S+) to (\S+)/)!;
  if (from.split(".").slice(0, 2).join() !== to.split(".").slice(0, 2).join()) continue;
  const checks = await octokit.checks.listForRef({ owner, repo, ref: pr.head.sha });
  if (checks.data.check_runs.every((c) => c.conclusion === "success")) {
    await octokit.pulls.merge({ owner, repo, pull_number: pr.number, merge_method: "squash" });
    console.log("merged", pr.number, pr.title);
  }
}
