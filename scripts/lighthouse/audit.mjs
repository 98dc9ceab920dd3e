// Lighthouse (the npm package, its Node API) on a list of pages, mobile and desktop, light
// and dark. Called by scripts/lighthouse/run.py, which serves the site and writes the table.
//
//   node audit.mjs jobs.json results.json
//
// jobs.json: {"chrome": "/usr/bin/chromium", "jobs": [{"name", "url", "form": "mobile"|"desktop",
//             "scheme": "light"|"dark"}]}
//
// Dark mode: Lighthouse has no flag for prefers-color-scheme, so each run gets its own
// Puppeteer page on which `Emulation.setEmulatedMedia` (page.emulateMediaFeatures) sets
// `prefers-color-scheme: dark` before Lighthouse navigates it; the emulation stays on that
// page through Lighthouse's run, and the script reads `matchMedia` afterwards to prove it.
// Throttling is Lighthouse's own default: simulated (Lantern), mobile = Moto G Power with
// 4x CPU slowdown and slow 4G; desktop = its desktop-config preset.
import fs from "node:fs";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import puppeteer from "puppeteer-core";

const [jobsPath, outPath] = process.argv.slice(2);
const { chrome, jobs } = JSON.parse(fs.readFileSync(jobsPath, "utf8"));
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const port = Number(new URL(browser.wsEndpoint()).port);
const results = [];
for (const job of jobs) {
  // A run that Lighthouse could not finish (a runtime error, a category without a score:
  // on a loaded machine the trace is sometimes cut short) is tried again, up to 3 times;
  // the table says when the last attempt still failed.
  let lhr, dark, context, attempts = 0;
  for (;;) {
    attempts += 1;
    context = await browser.createBrowserContext(); // fresh cookies and cache per run
    const page = await context.newPage();
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: job.scheme }]);
    const flags = { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES };
    const config = job.form === "desktop" ? desktopConfig : undefined;
    lhr = (await lighthouse(job.url, flags, config, page)).lhr;
    dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
    const complete = !lhr.runtimeError && CATEGORIES.every((id) => lhr.categories[id].score !== null);
    if (complete || attempts >= 3) break;
    process.stderr.write(`${job.name} ${job.form} ${job.scheme}: retrying (${lhr.runtimeError?.code ?? "no score"})\n`);
    await context.close();
  }
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        failing.push({ category: id, id: ref.id, score: audit.score, title: audit.title });
      }
    }
  }
  const html = lhr.audits["network-requests"]?.details?.items?.find(
    (item) => item.resourceType === "Document",
  );
  results.push({
    ...job,
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]),
    ),
    dark,
    failing,
    metrics: {
      fcp: lhr.audits["first-contentful-paint"].numericValue,
      lcp: lhr.audits["largest-contentful-paint"].numericValue,
      tbt: lhr.audits["total-blocking-time"].numericValue,
      cls: lhr.audits["cumulative-layout-shift"].numericValue,
      bytes: lhr.audits["total-byte-weight"].numericValue,
      html_transfer: html ? html.transferSize : null,
      html_resource: html ? html.resourceSize : null,
    },
    warnings: lhr.runWarnings,
    error: lhr.runtimeError ? lhr.runtimeError.code : null,
    attempts,
  });
  process.stderr.write(
    `${job.name} ${job.form} ${job.scheme}: ${CATEGORIES.map((id) => results.at(-1).scores[id]).join(" ")}\n`,
  );
  await context.close();
}
await browser.close();
fs.writeFileSync(outPath, JSON.stringify(results, null, 2));
