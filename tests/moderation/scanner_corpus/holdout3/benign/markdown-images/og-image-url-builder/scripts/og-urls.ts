import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const SITE = process.env.SITE_URL ?? "https://blog.example.com";
const dir = process.argv[2] ?? "content/posts";

for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
  const text = readFileSync(path.join(dir, file), "utf8");
  const front = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? "";
  const title = front.match(/^title:\s*["']?(.+?)["']?$/m)?.[1] ?? file;
  const date = front.match(/^date:\s*(\S+)/m)?.[1] ?? "";
  const url = `${SITE}/api/og?${new URLSearchParams({ title, date })}`;
  console.log(`${file}\n  og:image ${url}\n  ![${title}](${url})`);
}
