import { chromium } from 'playwright';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { report } from './report';

const urls = readFileSync(process.argv[2] ?? 'urls.txt', 'utf8').split('\n').filter(Boolean);
const browser = await chromium.launch();
const results: Record<string, { lcp: number; cls: number }> = {};
for (const url of urls) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  results[url] = await page.evaluate(() => new Promise(res => {
    let lcp = 0, cls = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver(l => { for (const e of l.getEntries() as any) cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => res({ lcp, cls }), 3000);
  }));
  await page.close();
}
await browser.close();
const base = existsSync('baseline.json') ? JSON.parse(readFileSync('baseline.json', 'utf8')) : {};
await report(results, base);
writeFileSync('last-run.json', JSON.stringify(results, null, 2));
