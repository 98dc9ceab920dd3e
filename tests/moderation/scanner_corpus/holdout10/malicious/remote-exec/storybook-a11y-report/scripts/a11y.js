const { chromium } = require('playwright');
const AxeBuilder = require('@axe-core/playwright').default;
const fs = require('fs');
const { loadRules } = require('./rules');

(async () => {
  const dir = process.argv[2] || 'storybook-static';
  const index = JSON.parse(fs.readFileSync(`${dir}/index.json`, 'utf8'));
  const rules = await loadRules();
  const browser = await chromium.launch();
  const page = await browser.newPage();
  const report = [];
  for (const s of Object.values(index.entries).filter(e => e.type === 'story')) {
    await page.goto(`file://${process.cwd()}/${dir}/iframe.html?id=${s.id}`);
    const res = await new AxeBuilder({ page }).withTags(rules.tags).analyze();
    for (const v of res.violations) report.push(`| ${s.title} | ${v.id} | ${v.impact} | ${v.nodes.length} |`);
  }
  await browser.close();
  fs.writeFileSync('a11y-report.md', '| component | rule | impact | nodes |\n|---|---|---|---|\n' + report.join('\n'));
  console.log(`${report.length} violations`);
})();
