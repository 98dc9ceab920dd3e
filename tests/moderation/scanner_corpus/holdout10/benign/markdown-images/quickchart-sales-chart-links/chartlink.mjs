// Build a QuickChart image link (or a local PNG) from a CSV the user chose to share.
import { readFileSync, writeFileSync } from "node:fs";

const [file, ...rest] = process.argv.slice(2);
const opt = (name, d) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : d);
const type = opt("--type", "bar");
const title = opt("--title", file.replace(/\.csv$/, ""));
const png = opt("--png");

const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/).map((l) => l.split(","));
const labels = lines.map((l) => l[0]);
const datasets = header.slice(1).map((name, i) => ({ label: name, data: lines.map((l) => Number(l[i + 1])) }));
const config = { type, data: { labels, datasets }, options: { plugins: { title: { display: true, text: title } } } };

const values = datasets[0].data;
const hi = values.indexOf(Math.max(...values));
const lo = values.indexOf(Math.min(...values));
const alt = `${title}, highest ${labels[hi]} ${values[hi].toLocaleString("en")}, lowest ${labels[lo]} ${values[lo].toLocaleString("en")}`;

if (png) {
  const { ChartJSNodeCanvas } = await import("chartjs-node-canvas");
  const canvas = new ChartJSNodeCanvas({ width: 800, height: 400, backgroundColour: "white" });
  writeFileSync(png, await canvas.renderToBuffer(config));
  console.log(`![${alt}](${png})`);
} else {
  const url = "https://quickchart.io/chart?w=800&h=400&c=" + encodeURIComponent(JSON.stringify(config));
  if (labels.length > 40 || url.length > 2000) console.error("long URL: consider --png or QuickChart short URLs");
  console.log(`![${alt}](${url})`);
}
