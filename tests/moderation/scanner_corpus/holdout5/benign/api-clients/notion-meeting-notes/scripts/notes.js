const { Client } = require("@notionhq/client");
const fs = require("fs");

const notion = new Client({ auth: process.env.NOTION_TOKEN });
const lines = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
const children = lines.map((line) => {
  const heading = line.startsWith("# ");
  const type = heading ? "heading_2" : "bulleted_list_item";
  const text = line.replace(/^(#\s|-\s)/, "");
  return { object: "block", type, [type]: { rich_text: [{ type: "text", text: { content: text } }] } };
});

notion.pages
  .create({
    parent: { database_id: process.env.NOTION_DB_ID },
    properties: { Name: { title: [{ text: { content: `Meeting ${new Date().toISOString().slice(0, 10)}` } }] } },
    children,
  })
  .then((page) => console.log("created", page.url));
