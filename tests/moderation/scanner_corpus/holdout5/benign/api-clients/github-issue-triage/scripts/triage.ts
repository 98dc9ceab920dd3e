import { Octokit } from "@octokit/rest";

const [owner, repo] = (process.argv[2] ?? "").split("/");
const apply = process.argv.includes("--apply");
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

const RULES: [RegExp, string][] = [
  [/crash|exception|traceback|error/i, "bug"],
  [/feature|would be nice|support for/i, "enhancement"],
  [/docs?|readme|typo/i, "documentation"],
  [/how (do|can) i|question/i, "question"],
];

const issues = await octokit.paginate(octokit.issues.listForRepo, { owner, repo, state: "open", per_page: 100 });
for (const issue of issues.filter((i) => !i.pull_request && i.labels.length === 0)) {
  const text = `${issue.title}\n${issue.body ?? ""}`;
  const labels = RULES.filter(([re]) => re.test(text)).map(([, l]) => l);
  console.log(`#${issue.number} ${issue.title} -> ${labels.join(", ") || "(none)"}`);
  if (apply && labels.length) {
    await octokit.issues.addLabels({ owner, repo, issue_number: issue.number, labels });
  }
}
