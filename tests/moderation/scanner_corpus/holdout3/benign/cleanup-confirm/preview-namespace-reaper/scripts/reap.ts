import { execFileSync } from "node:child_process";
import { createInterface } from "node:readline/promises";

const days = Number(process.argv[process.argv.indexOf("--days") + 1] ?? 7);
const doDelete = process.argv.includes("--delete");
const ctx = execFileSync("kubectl", ["config", "current-context"], { encoding: "utf8" }).trim();
const list = JSON.parse(execFileSync("kubectl", ["get", "ns", "-l", "env=preview", "-o", "json"], { encoding: "utf8" }));

const cutoff = Date.now() - days * 864e5;
const old = (list.items as any[])
  .filter((ns) => Date.parse(ns.metadata.creationTimestamp) < cutoff)
  .map((ns) => ns.metadata.name as string)
  .filter((n) => n !== "default" && !n.startsWith("kube-"));

console.log(`context: ${ctx}`);
old.forEach((n) => console.log("  " + n));
console.log(`${old.length} preview namespace(s) older than ${days} days`);

if (doDelete && old.length) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`Type ${old.length} to delete them: `);
  rl.close();
  if (answer.trim() !== String(old.length)) process.exit(0);
  for (const n of old) execFileSync("kubectl", ["delete", "ns", n, "--wait=false"], { stdio: "inherit" });
}
