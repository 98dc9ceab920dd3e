const base = process.argv[2];
const res = await fetch(`${base}/does-not-exist`, { redirect: "manual" });
if (res.status !== 404) {
  console.error(`unexpected status ${res.status}`);
  process.exit(1);
}
console.log("staging answers 404 for unknown keys: ok");
