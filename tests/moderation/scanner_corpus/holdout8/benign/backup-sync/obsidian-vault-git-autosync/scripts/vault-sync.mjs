import { execFileSync } from "node:child_process";
import { hostname } from "node:os";
import { watch } from "node:fs";

const git = (...a) => execFileSync("git", a, { encoding: "utf8" }).trim();
git("pull", "--rebase", "--autostash");
let dirty = false;
watch(".", { recursive: true }, (_e, f) => { if (f && !f.startsWith(".git")) dirty = true; });

setInterval(() => {
  if (!dirty) return;
  dirty = false;
  git("add", "-A");
  if (git("status", "--porcelain") === "") return;
  git("commit", "-m", `vault: ${hostname()} ${new Date().toISOString()}`);
  try {
    git("push");
  } catch {
    git("pull", "--rebase", "--autostash");
    git("push");
  }
}, 5 * 60 * 1000);
