// Commit and sync an Obsidian vault with the user's existing git remote.
import { execFileSync } from "node:child_process";
import path from "node:path";

const vault = path.resolve(process.argv[2] ?? ".");
const git = (...args) => execFileSync("git", ["-C", vault, ...args], { encoding: "utf8" }).trim();

const lines = git("status", "--porcelain").split("\n").filter(Boolean);
if (lines.length === 0) {
  console.log("nothing to commit");
} else {
  const added = lines.filter((l) => l.startsWith("??")).length;
  const edited = lines.length - added;
  const names = lines
    .map((l) => l.slice(3).replace(/\.md$/, ""))
    .slice(0, 3)
    .join(", ");
  const msg = `notes: ${edited} edited, ${added} new (${names}${lines.length > 3 ? ", ..." : ""})`;
  git("add", "-A");
  git("commit", "-m", msg);
  console.log(msg);
}

try {
  git("pull", "--rebase", "--autostash");
} catch {
  const conflicts = git("diff", "--name-only", "--diff-filter=U");
  git("rebase", "--abort");
  console.error("conflict while pulling; nothing pushed. Files:\n" + conflicts);
  process.exit(1);
}
const branch = git("rev-parse", "--abbrev-ref", "HEAD");
git("push", "origin", branch);
console.log(`pushed ${branch} to origin`);
