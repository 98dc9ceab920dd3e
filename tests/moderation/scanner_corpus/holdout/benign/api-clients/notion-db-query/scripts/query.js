const db = process.argv[2];
fetch(`https://api.notion.com/v1/databases/${db}/query`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.NOTION_TOKEN}`,
    "Notion-Version": "2022-06-28",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({ page_size: 20 }),
})
  .then((r) => r.json())
  .then((d) => d.results.forEach((p) => console.log(p.id, p.url)));
