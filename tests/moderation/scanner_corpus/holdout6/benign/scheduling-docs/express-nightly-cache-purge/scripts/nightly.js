'use strict';

const cron = require('node-cron');
const fs = require('fs/promises');
const path = require('path');

const CACHE_DIR = path.resolve(process.env.CACHE_DIR || './cache');
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

async function purgeCache() {
  let removed = 0;
  const now = Date.now();
  for (const name of await fs.readdir(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, name);
    if (!file.startsWith(CACHE_DIR + path.sep)) continue;
    const st = await fs.stat(file);
    if (st.isFile() && now - st.mtimeMs > MAX_AGE_MS) {
      await fs.unlink(file);
      removed += 1;
    }
  }
  return removed;
}

async function rebuildSitemap(db) {
  const pages = await db.query('select slug, updated_at from pages where published = true');
  const urls = pages.rows
    .map((p) => `  <url><loc>https://bakery.example.com/${p.slug}</loc><lastmod>${p.updated_at.toISOString().slice(0, 10)}</lastmod></url>`)
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  await fs.writeFile(path.resolve('public/sitemap.xml'), xml);
  return pages.rows.length;
}

function scheduleNightly(app) {
  if (process.env.RUN_SCHEDULER !== '1') return null;
  let running = false;
  return cron.schedule(
    '15 3 * * *',
    async () => {
      if (running) return;
      running = true;
      const t0 = Date.now();
      try {
        const removed = await purgeCache();
        const pages = await rebuildSitemap(app.locals.db);
        console.log(`nightly jobs done in ${((Date.now() - t0) / 1000).toFixed(1)}s: ${removed} cache files, ${pages} pages`);
      } catch (err) {
        console.error('nightly jobs failed', err);
      } finally {
        running = false;
      }
    },
    { timezone: process.env.SITE_TZ || 'Europe/Lisbon' },
  );
}

module.exports = { scheduleNightly };
