const fs = require("fs");
const yaml = require("yaml");

const entries = yaml.parse(fs.readFileSync(process.argv[2] || "standup.yaml", "utf8"));
const rows = entries.map((e) => `| ${e.name} | ${e.yesterday} | ${e.today} | ${e.blockers || "none"} |`);
const text = [
  `#### Standup ${new Date().toISOString().slice(0, 10)}`,
  "| who | yesterday | today | blockers |",
  "|---|---|---|---|",
  ...rows,
].join("\n");

fetch(process.env.MM_WEBHOOK, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ text, username: "standup" }),
}).then((r) => console.log("mattermost:", r.status));
