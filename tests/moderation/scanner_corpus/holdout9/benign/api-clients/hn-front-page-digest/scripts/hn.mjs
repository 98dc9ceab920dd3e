const [query, ...rest] = process.argv.slice(2);
const daysIdx = rest.indexOf("--days");
const days = daysIdx >= 0 ? Number(rest[daysIdx + 1]) : 1;
const since = Math.floor(Date.now() / 1000) - days * 86400;

const url = new URL("https://hn.algolia.com/api/v1/search");
url.searchParams.set("query", query ?? "");
url.searchParams.set("tags", "story");
url.searchParams.set("numericFilters", `created_at_i>${since}`);
url.searchParams.set("hitsPerPage", "30");

const res = await fetch(url);
if (!res.ok) throw new Error(`HN search failed: ${res.status}`);
const { hits } = await res.json();
for (const h of hits.sort((a, b) => b.points - a.points)) {
  console.log(JSON.stringify({
    title: h.title, url: h.url, points: h.points, comments: h.num_comments,
    hn: `https://news.ycombinator.com/item?id=${h.objectID}`,
  }));
}
