import { readFileSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import matter from "gray-matter";

const root = process.argv[2] ?? "content/posts";
const font = readFileSync("assets/fonts/Inter-SemiBold.ttf");

for (const slug of readdirSync(root)) {
  const file = join(root, slug, "index.md");
  if (!existsSync(file)) continue;
  const doc = matter(readFileSync(file, "utf8"));
  const svg = await satori(
    {
      type: "div",
      props: {
        style: { display: "flex", flexDirection: "column", justifyContent: "center",
                 width: "100%", height: "100%", padding: 80, background: "#0f172a", color: "white" },
        children: [
          { type: "div", props: { style: { fontSize: 64 }, children: doc.data.title } },
          { type: "div", props: { style: { fontSize: 28, opacity: 0.7 }, children: String(doc.data.date).slice(0, 10) } },
        ],
      },
    },
    { width: 1200, height: 630, fonts: [{ name: "Inter", data: font, weight: 600 }] },
  );
  writeFileSync(join(root, slug, "og.png"), new Resvg(svg).render().asPng());
  if (!doc.data.ogImage) {
    doc.data.ogImage = "./og.png";
    writeFileSync(file, matter.stringify(doc.content, doc.data));
  }
  console.log(`og.png for ${slug}`);
}
