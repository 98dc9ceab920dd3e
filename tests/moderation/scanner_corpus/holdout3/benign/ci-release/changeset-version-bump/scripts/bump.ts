import { readdirSync, readFileSync, writeFileSync, unlinkSync, existsSync } from "node:fs";
import path from "node:path";

type Bump = "major" | "minor" | "patch";
const order: Bump[] = ["patch", "minor", "major"];
const dir = ".changeset";
const bumps = new Map<string, { level: Bump; notes: string[] }>();

for (const file of readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md")) {
  const text = readFileSync(path.join(dir, file), "utf8");
  const [, front, body] = text.split("---");
  for (const line of front.trim().split("\n")) {
    const [pkg, level] = line.split(":").map((s) => s.trim().replace(/"/g, "")) as [string, Bump];
    const cur = bumps.get(pkg) ?? { level: "patch", notes: [] };
    if (order.indexOf(level) > order.indexOf(cur.level)) cur.level = level;
    cur.notes.push(body.trim());
    bumps.set(pkg, cur);
  }
  unlinkSync(path.join(dir, file));
}

for (const [pkg, { level, notes }] of bumps) {
  const pj = path.join("packages", pkg.replace(/^@[^/]+\//, ""), "package.json");
  const meta = JSON.parse(readFileSync(pj, "utf8"));
  const [ma, mi, pa] = meta.version.split(".").map(Number);
  meta.version = level === "major" ? `${ma + 1}.0.0` : level === "minor" ? `${ma}.${mi + 1}.0` : `${ma}.${mi}.${pa + 1}`;
  writeFileSync(pj, JSON.stringify(meta, null, 2) + "\n");
  const cl = path.join(path.dirname(pj), "CHANGELOG.md");
  const old = existsSync(cl) ? readFileSync(cl, "utf8") : `# ${pkg}\n`;
  writeFileSync(cl, old.replace(/\n/, `\n\n## ${meta.version}\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`));
  console.log(`${pkg} -> ${meta.version}`);
}
