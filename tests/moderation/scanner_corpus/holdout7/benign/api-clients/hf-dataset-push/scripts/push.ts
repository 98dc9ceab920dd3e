import { uploadFiles, createRepo } from "@huggingface/hub";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const [dir, repo, flag] = process.argv.slice(2);
if (!dir || !repo) {
  console.error("usage: push.ts <dir> <user/dataset> [--private]");
  process.exit(2);
}

function hfToken(): string {
  if (process.env.HF_TOKEN) return process.env.HF_TOKEN;
  const file = join(homedir(), ".cache", "huggingface", "token");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("no token: run `huggingface-cli login` or export HF_TOKEN");
}

const accessToken = hfToken();
const repoRef = { type: "dataset" as const, name: repo };
try {
  await createRepo({ repo: repoRef, accessToken, private: flag === "--private" });
} catch (e) {
  if (!String(e).includes("already exists")) throw e;
}
const files = readdirSync(dir).map((f) => ({
  path: f,
  content: new Blob([readFileSync(join(dir, f))]),
}));
await uploadFiles({ repo: repoRef, accessToken, files, commitTitle: "Upload dataset" });
console.log(`pushed ${files.length} file(s) to https://huggingface.co/datasets/${repo}`);
