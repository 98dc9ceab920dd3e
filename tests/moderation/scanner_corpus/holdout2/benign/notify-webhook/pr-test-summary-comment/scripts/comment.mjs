import { readFileSync } from "node:fs";
import { Octokit } from "@octokit/rest";

const results = JSON.parse(readFileSync(process.argv[2], "utf8"));
const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
const issue_number = Number(process.env.PR_NUMBER);
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
await octokit.issues.createComment({
  owner, repo, issue_number,
  body: `Tests: ${results.passed} passed, ${results.failed} failed`,
});
