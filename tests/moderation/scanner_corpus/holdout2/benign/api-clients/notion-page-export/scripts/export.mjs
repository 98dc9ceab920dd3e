const token = process.env.NOTION_TOKEN;
const pageId = process.argv[2];
const res = await fetch(`https://api.notion.com/v1/blocks/${pageId}/children?page_size=100`, {
  headers: { Authorization: `Bearer ${token}`, "Notion-Version": "2022-06-28" },
});
const data = await res.json();
for (const b of data.results ?? []) {
  const rich = b[b.type]?.rich_text ?? [];
  console.log(rich.map((t) => t.plain_text).join(""));
}
