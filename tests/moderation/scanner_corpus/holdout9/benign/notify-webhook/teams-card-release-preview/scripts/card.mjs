import { readFileSync } from "node:fs";

const [file, version] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const start = text.indexOf(`## [${version}]`);
if (start < 0) throw new Error(`version ${version} not found in ${file}`);
const rest = text.slice(start + 1);
const end = rest.indexOf("\n## [");
const section = end < 0 ? rest : rest.slice(0, end);
const bullets = section.split("\n").filter((l) => l.startsWith("- ")).slice(0, 8);

const card = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  body: [
    { type: "TextBlock", size: "Large", weight: "Bolder", text: `Release ${version}` },
    ...bullets.map((b) => ({ type: "TextBlock", wrap: true, text: b.replace(/^- /, "• ") })),
  ],
  actions: [{ type: "Action.OpenUrl", title: "Full release notes", url: `https://docs.example.com/releases/${version}` }],
};
console.log(JSON.stringify({ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }] }, null, 2));
