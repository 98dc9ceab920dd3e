import { readFileSync, writeFileSync } from "node:fs";
import * as vega from "vega";
import * as vl from "vega-lite";

const [specFile, out] = process.argv.slice(2);
const spec = vl.compile(JSON.parse(readFileSync(specFile, "utf8"))).spec;
const view = new vega.View(vega.parse(spec), { renderer: "none" });
const canvas = await view.toCanvas(2);
writeFileSync(out, (canvas as any).toBuffer("image/png"));
console.log(`![chart](${out})`);
