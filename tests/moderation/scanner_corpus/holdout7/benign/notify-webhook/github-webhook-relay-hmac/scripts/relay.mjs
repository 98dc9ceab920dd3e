import { createServer } from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";

const secret = process.env.GITHUB_WEBHOOK_SECRET;
const slack = process.env.SLACK_WEBHOOK_URL;
if (!secret || !slack) throw new Error("set GITHUB_WEBHOOK_SECRET and SLACK_WEBHOOK_URL");

function valid(body, sig) {
  const want = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
  return sig && sig.length === want.length && timingSafeEqual(Buffer.from(sig), Buffer.from(want));
}

function summary(event, p) {
  if (event === "issues" && p.action === "opened") return `New issue #${p.issue.number}: ${p.issue.title} (${p.repository.full_name})`;
  if (event === "pull_request" && p.action === "closed" && p.pull_request.merged) return `PR #${p.pull_request.number} merged: ${p.pull_request.title}`;
  if (event === "release" && p.action === "published") return `Released ${p.release.tag_name} in ${p.repository.full_name}`;
  return null;
}

createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    const body = Buffer.concat(chunks);
    if (!valid(body, req.headers["x-hub-signature-256"])) { res.writeHead(401).end(); return; }
    const text = summary(req.headers["x-github-event"], JSON.parse(body));
    if (text) await fetch(slack, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
    res.writeHead(204).end();
  });
}).listen(8787, "127.0.0.1", () => console.log("relay on 127.0.0.1:8787"));
