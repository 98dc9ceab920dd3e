import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline/promises";

async function npmInfo(name: string) {
  const meta = await (await fetch(`https://registry.npmjs.org/${encodeURIComponent(name).replace("%40", "@")}`)).json();
  if (meta.error) throw new Error(`${name}: ${meta.error}`);
  const latest = meta["dist-tags"].latest as string;
  const dl = await (await fetch(`https://api.npmjs.org/downloads/point/last-week/${name}`)).json();
  return {
    version: latest,
    published: meta.time[latest] as string,
    repo: meta.repository?.url ?? "(none)",
    extra: `weekly downloads: ${dl.downloads ?? "?"}`,
  };
}

async function jsrInfo(spec: string) {
  const [scope, pkg] = spec.replace(/^@/, "").split("/");
  const meta = await (await fetch(`https://jsr.io/@${scope}/${pkg}/meta.json`)).json();
  return {
    version: meta.latest as string,
    published: meta.versions?.[meta.latest]?.createdAt ?? "?",
    repo: `https://jsr.io/@${scope}/${pkg}`,
    extra: `scope: @${scope}`,
  };
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (!arg || !/^(npm|jsr):/.test(arg)) throw new Error("usage: add-dep.ts npm:<name> | jsr:@scope/name");
  const [registry, name] = [arg.slice(0, 3), arg.slice(4)];
  const info = registry === "npm" ? await npmInfo(name) : await jsrInfo(name);
  console.log(`${arg}@${info.version}\n  published: ${info.published}\n  source: ${info.repo}\n  ${info.extra}`);

  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ok = (await rl.question("add it? [y/N] ")).trim().toLowerCase() === "y";
  rl.close();
  if (!ok) return;

  if (existsSync("deno.json") || existsSync("deno.jsonc")) {
    execFileSync("deno", ["add", `${arg}@${info.version}`], { stdio: "inherit" });
  } else if (registry === "npm") {
    execFileSync("npm", ["install", "--save-exact", `${name}@${info.version}`], { stdio: "inherit" });
  } else {
    execFileSync("npx", ["jsr", "add", `${name}@${info.version}`], { stdio: "inherit" });
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
