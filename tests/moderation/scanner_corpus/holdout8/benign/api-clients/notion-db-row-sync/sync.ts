import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import YAML from "yaml";

const token = process.env.NOTION_TOKEN!;
const map = YAML.parse(readFileSync("mapping.yaml", "utf8"));
const rows: Record<string, string>[] = parse(readFileSync(process.argv[2]), { columns: true });
const dry = process.argv.includes("--dry-run");
const H = { authorization: `Bearer ${token}`, "notion-version": "2022-06-28", "content-type": "application/json" };

async function call(method: string, path: string, body?: unknown): Promise<any> {
  for (;;) {
    const r = await fetch(`https://api.notion.com/v1${path}`, { method, headers: H, body: body ? JSON.stringify(body) : undefined });
    if (r.status === 429) { await new Promise((s) => setTimeout(s, Number(r.headers.get("retry-after") ?? 1) * 1000)); continue; }
    if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
    return r.json();
  }
}

const prop = (type: string, v: string) => ({
  title: { title: [{ text: { content: v } }] },
  rich_text: { rich_text: [{ text: { content: v } }] },
  number: { number: Number(v) },
  select: { select: { name: v } },
  date: { date: { start: v } },
})[type];

const existing = new Map<string, string>();
let cursor: string | undefined;
do {
  const page = await call("POST", `/databases/${map.database_id}/query`, { start_cursor: cursor, page_size: 100 });
  for (const p of page.results) existing.set(p.properties[map.columns[map.key].property].title[0]?.plain_text, p.id);
  cursor = page.has_more ? page.next_cursor : undefined;
} while (cursor);

let created = 0, updated = 0;
for (const row of rows) {
  const properties = Object.fromEntries(Object.entries(map.columns).map(([col, m]: [string, any]) => [m.property, prop(m.type, row[col])]));
  const id = existing.get(row[map.key]);
  if (dry) { id ? updated++ : created++; continue; }
  if (id) { await call("PATCH", `/pages/${id}`, { properties }); updated++; }
  else { await call("POST", "/pages", { parent: { database_id: map.database_id }, properties }); created++; }
}
const missing = [...existing.keys()].filter((k) => !rows.some((r) => r[map.key] === k));
console.log(`create ${created}, update ${updated}; not in CSV: ${missing.length}`);
