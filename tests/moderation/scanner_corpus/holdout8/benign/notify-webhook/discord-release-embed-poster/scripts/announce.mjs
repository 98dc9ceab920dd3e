import readline from "node:readline/promises";

const [tag, ...flags] = process.argv.slice(2);
const repo = process.env.GITHUB_REPOSITORY ?? "orchard-dev/orchard";
const headers = process.env.GITHUB_TOKEN ? { authorization: `Bearer ${process.env.GITHUB_TOKEN}` } : {};
const rel = await (await fetch(`https://api.github.com/repos/${repo}/releases/tags/${tag}`, { headers })).json();

const body = rel.body ?? "";
const hl = body.split("## Highlights")[1]?.split("\n## ")[0] ?? body.split("\n").filter((l) => l.startsWith("- ")).slice(0, 6).join("\n");
const embed = {
  title: `${repo.split("/")[1]} ${tag}`.slice(0, 256),
  url: rel.html_url,
  description: hl.trim().slice(0, 4000),
  fields: (rel.assets ?? []).slice(0, 20).map((a) => ({ name: a.name, value: `[download](${a.browser_download_url})`, inline: true })),
};
const payload = { embeds: [embed], allowed_mentions: { parse: [] } };
if (flags.includes("--ping-role")) {
  const role = flags[flags.indexOf("--ping-role") + 1];
  payload.content = `<@&${role}>`;
  payload.allowed_mentions = { roles: [role] };
}
console.log(JSON.stringify(payload, null, 2));
if (flags.includes("--dry-run")) process.exit(0);
if (!flags.includes("--yes")) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  if ((await rl.question("post it? [y/N] ")).toLowerCase() !== "y") process.exit(0);
  rl.close();
}
const res = await fetch(process.env.DISCORD_RELEASE_WEBHOOK, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
console.log(res.ok ? "posted" : `discord answered ${res.status}`);
