const fs = require("fs");
const token = process.env.NOTION_TOKEN;
if (!token) throw new Error("Set NOTION_TOKEN");
const pageId = process.argv[2];
(async () => {
  const r = await fetch(`https://api.notion.com/v1/blocks/${pageId}/children?page_size=100`, {
    headers: { Authorization: `Bearer ${token}`, "Notion-Version": "2022-06-28" },
  });
  const data = await r.json();
  fs.mkdirSync("notion-export", { recursive: true });
  const md = data.results
    .filter((b) => b.type === "paragraph")
    .map((b) => b.paragraph.rich_text.map((t) => t.plain_text).join(""))
    .join("\n\n");
  fs.writeFileSync(`notion-export/${pageId}.md`, md);
})();
