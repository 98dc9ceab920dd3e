const api = process.env.CI_API_V4_URL;
const project = process.env.CI_PROJECT_ID;
const iid = process.env.CI_MERGE_REQUEST_IID;
const h = { "PRIVATE-TOKEN": process.env.MR_BOT_TOKEN, "content-type": "application/json" };
const MARK = "<!-- mr-bot -->";

const mr = await (await fetch(`${api}/projects/${project}/merge_requests/${iid}/changes`, { headers: h })).json();
const paths = mr.changes.map((c) => c.new_path);
const lines = mr.changes.reduce((n, c) => n + c.diff.split("\n").length, 0);
const items = [];
if (paths.some((p) => /^src\//.test(p)) && !paths.some((p) => /(test|spec)/.test(p))) items.push("- [ ] no tests touched");
if (!paths.includes("CHANGELOG.md") && !mr.labels.includes("skip-changelog")) items.push("- [ ] CHANGELOG.md not updated");
if (!/how to test/i.test(mr.description ?? "")) items.push("- [ ] description has no \"How to test\" section");
if (lines > 800) items.push(`- [ ] ${lines} changed lines: consider splitting`);
const body = `${MARK}\n**MR checklist**\n\n${items.length ? items.join("\n") : "All good."}`;

const notes = await (await fetch(`${api}/projects/${project}/merge_requests/${iid}/notes?per_page=100`, { headers: h })).json();
const mine = notes.find((n) => n.body.startsWith(MARK));
const url = mine ? `${api}/projects/${project}/merge_requests/${iid}/notes/${mine.id}` : `${api}/projects/${project}/merge_requests/${iid}/notes`;
await fetch(url, { method: mine ? "PUT" : "POST", headers: h, body: JSON.stringify({ body }) });
console.log(mine ? "updated note" : "created note");
