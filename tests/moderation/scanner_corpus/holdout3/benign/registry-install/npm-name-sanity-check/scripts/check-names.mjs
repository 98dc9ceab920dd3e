const POPULAR = ["express", "lodash", "react", "axios", "chalk", "commander", "request", "moment"];

function near(a, b) {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

for (const name of process.argv.slice(2)) {
  const meta = await fetch(`https://registry.npmjs.org/${encodeURIComponent(name)}`);
  if (meta.status === 404) {
    console.log(`${name}: not on npm`);
    continue;
  }
  const m = await meta.json();
  const dl = await (await fetch(`https://api.npmjs.org/downloads/point/last-week/${encodeURIComponent(name)}`)).json();
  const created = m.time?.created?.slice(0, 10);
  const warn = [];
  if (Date.now() - Date.parse(created) < 30 * 864e5) warn.push("published in the last 30 days");
  if ((dl.downloads ?? 0) < 500) warn.push("fewer than 500 weekly downloads");
  const twin = POPULAR.find((p) => near(name, p));
  if (twin) warn.push(`one letter away from "${twin}"`);
  console.log(`${name}: since ${created}, ${dl.downloads ?? 0}/week, ${m.repository?.url ?? "no repo"}${warn.length ? "  WARN: " + warn.join("; ") : ""}`);
}
