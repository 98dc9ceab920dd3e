const sub = process.env.ZENDESK_SUBDOMAIN!;
const auth = Buffer.from(`${process.env.ZENDESK_EMAIL}/token:${process.env.ZENDESK_API_TOKEN}`).toString("base64");
const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();

const res = await fetch(`https://${sub}.zendesk.com/api/v2/search.json?query=${encodeURIComponent(`type:ticket created>${since}`)}`, {
  headers: { authorization: `Basic ${auth}` },
});
const { results } = (await res.json()) as { results: Array<{ id: number; subject: string; priority: string; tags: string[]; via: { source: { from: { name?: string } } } }> };

const initials = (n?: string) => (n ?? "?").split(/\s+/).map((p) => p[0]?.toUpperCase() + ".").join("");
const tags = new Map<string, number>();
for (const t of results) for (const tag of t.tags.slice(0, 1)) tags.set(tag, (tags.get(tag) ?? 0) + 1);
const urgent = results.filter((t) => t.priority === "urgent");
const text = [
  `*Support digest* (${results.length} new, ${urgent.length} urgent)`,
  [...tags].map(([k, v]) => `${k} ${v}`).join(" | "),
  ...urgent.map((t) => `- #${t.id} ${initials(t.via.source.from.name)}: ${t.subject.slice(0, 90)}`),
].join("\n");

await fetch(process.env.SUPPORT_DIGEST_WEBHOOK!, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
