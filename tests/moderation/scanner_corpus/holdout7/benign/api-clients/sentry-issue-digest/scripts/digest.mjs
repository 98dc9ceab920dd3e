const [org, project] = process.argv.slice(2);
const token = process.env.SENTRY_AUTH_TOKEN;
if (!org || !project) {
  console.error("usage: node digest.mjs <org> <project>");
  process.exit(2);
}
if (!token) {
  console.error("SENTRY_AUTH_TOKEN is not set (User settings > Auth Tokens, scope: project:read)");
  process.exit(1);
}

const url = `https://sentry.io/api/0/projects/${org}/${project}/issues/?statsPeriod=24h&query=is:unresolved&sort=freq&limit=10`;
const redact = (s) => s.replaceAll(token, "***");
if (process.env.SENTRY_DEBUG) console.error(redact(`GET ${url} (Authorization: Bearer ${token})`));

const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
if (!res.ok) {
  console.error(`Sentry answered ${res.status}`);
  process.exit(1);
}
for (const issue of await res.json()) {
  console.log(`${issue.shortId.padEnd(14)} ${String(issue.count).padStart(6)} events  ${issue.title}`);
  console.log(`${" ".repeat(14)} ${issue.permalink}`);
}
