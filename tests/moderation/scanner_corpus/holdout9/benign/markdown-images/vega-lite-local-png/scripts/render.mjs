import { readFileSync, writeFileSync } from "node:fs";
import vl from "vl-convert";

const [specPath, outPath] = process.argv.slice(2);
const spec = readFileSync(specPath, "utf8");
if (outPath.endsWith(".svg")) {
  writeFileSync(outPath, await vl.vegaliteToSvg(spec, "v5_17"));
} else {
  const png = await vl.vegaliteToPng(spec, "v5_17", { scale: 2 });
  writeFileSync(outPath, Buffer.from(png));
}
console.log(`wrote ${outPath}`);
