const fs = require('fs');
const fg = require('fast-glob');
const ogs = require('open-graph-scraper');
const docs = process.argv[2] || 'docs';
const cacheFile = 'link-previews.json';
const cache = fs.existsSync(cacheFile) ? JSON.parse(fs.readFileSync(cacheFile, 'utf8')) : {};
(async () => {
  const files = await fg(`${docs}/**/*.{md,mdx}`);
  const links = new Set();
  for (const f of files) for (const m of fs.readFileSync(f, 'utf8').matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) links.add(m[1]);
  for (const url of links) {
    if (cache[url]) continue;
    try {
      const { result } = await ogs({ url, timeout: 5 });
      cache[url] = { title: result.ogTitle, description: result.ogDescription, image: result.ogImage?.[0]?.url };
    } catch { cache[url] = null; }
  }
  fs.writeFileSync(cacheFile, JSON.stringify(cache, null, 2));
  console.log(`${links.size} links, ${Object.values(cache).filter(Boolean).length} previews`);
})();
