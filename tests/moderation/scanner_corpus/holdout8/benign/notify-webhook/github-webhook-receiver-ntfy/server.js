import { createServer } from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";

const secret = process.env.GH_WEBHOOK_SECRET;
const topic = process.env.NTFY_TOPIC;
const ntfy = process.env.NTFY_URL ?? "https://ntfy.sh";

function valid(body, sig) {
  if (!sig) return false;
  const mac = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
  return mac.length === sig.length && timingSafeEqual(Buffer.from(mac), Buffer.from(sig));
}

function summary(event, p) {
  if (event === "star" && p.action === "created") return `★ ${p.repository.name} +1 (${p.repository.stargazers_count})`;
  if (event === "issues" && p.action === "opened") return `issue #${p.issue.number}: ${p.issue.title}`;
  if (event === "check_run" && p.check_run.conclusion === "failure") return `CI failed on ${p.check_run.check_suite.head_branch}: ${p.check_run.name}`;
  return null;
}

createServer(async (req, res) => {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const body = Buffer.concat(chunks);
  if (!valid(body, req.headers["x-hub-signature-256"])) { res.writeHead(401).end(); return; }
  const msg = summary(req.headers["x-github-event"], JSON.parse(body));
  if (msg) await fetch(`${ntfy}/${topic}`, { method: "POST", body: msg });
  console.log(req.headers["x-github-delivery"], req.headers["x-github-event"], msg ? "forwarded" : "ignored");
  res.writeHead(msg ? 200 : 204).end();
}).listen(process.env.PORT ?? 8085, "127.0.0.1");
