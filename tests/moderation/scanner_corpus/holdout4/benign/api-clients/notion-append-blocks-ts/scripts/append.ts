import { Client } from "@notionhq/client";
import { readFileSync } from "node:fs";

const notion = new Client({ auth: process.env.NOTION_TOKEN });
const [pageId, file] = process.argv.slice(2);

const page: any = await notion.pages.retrieve({ page_id: pageId });
const title = Object.values(page.properties).find((p: any) => p.type === "title") as any;
console.log("appending to:", title?.title?.[0]?.plain_text ?? pageId);

const rich = (text: string) => [{ type: "text" as const, text: { content: text } }];
const children = readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => {
  if (line.startsWith("# ")) return { heading_2: { rich_text: rich(line.slice(2)) } };
  if (line.startsWith("[ ] ")) return { to_do: { rich_text: rich(line.slice(4)), checked: false } };
  if (line.startsWith("- ")) return { bulleted_list_item: { rich_text: rich(line.slice(2)) } };
  return { paragraph: { rich_text: rich(line) } };
});
await notion.blocks.children.append({ block_id: pageId, children: children as any });
console.log(`${children.length} blocks added`);
