import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const token = process.env.NOTION_TOKEN;
if (!token) throw new Error("Set NOTION_TOKEN");
const out = process.argv[2] ?? "notion-backup";
const headers = { Authorization: `Bearer ${token}`, "Notion-Version": "2022-06-28", "Content-Type": "application/json" };

type Block = { type: string; [k: string]: any };

function text(rich: { plain_text: string }[] = []): string {
  return rich.map((r) => r.plain_text).join("");
}

async function blocks(id: string): Promise<string> {
  const res = await fetch(`https://api.notion.com/v1/blocks/${id}/children?page_size=100`, { headers });
  const { results } = (await res.json()) as { results: Block[] };
  return results
    .map((b) => {
      const body = b[b.type]?.rich_text;
      if (b.type.startsWith("heading_")) return "#".repeat(Number(b.type.at(-1))) + " " + text(body);
      if (b.type === "bulleted_list_item") return "- " + text(body);
      return text(body);
    })
    .join("\n\n");
}

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const res = await fetch("https://api.notion.com/v1/search", {
    method: "POST",
    headers,
    body: JSON.stringify({ filter: { value: "page", property: "object" } }),
  });
  const { results } = (await res.json()) as { results: any[] };
  for (const page of results) {
    const title = text(Object.values(page.properties).find((p: any) => p.type === "title")?.title) || page.id;
    const file = path.join(out, title.replace(/[^\w-]+/g, "_") + ".md");
    await writeFile(file, `# ${title}\n\n${await blocks(page.id)}\n`);
    console.log("wrote", file);
  }
}

main();
