import { readFileSync, writeFileSync, readdirSync, mkdirSync } from "node:fs";
import { PNG } from "pngjs";
import pixelmatch from "pixelmatch";

mkdirSync(".visual/diff", { recursive: true });
for (const f of readdirSync(".visual/before")) {
  const a = PNG.sync.read(readFileSync(`.visual/before/${f}`));
  const b = PNG.sync.read(readFileSync(`.visual/after/${f}`));
  const { width, height } = a;
  const out = new PNG({ width, height });
  const n = pixelmatch(a.data, b.data, out.data, width, height, { threshold: 0.1 });
  writeFileSync(`.visual/diff/${f}`, PNG.sync.write(out));
  console.log(`${f}\t${((100 * n) / (width * height)).toFixed(1)} %`);
}
