import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

const token = process.env.CLOUDFLARE_API_TOKEN;
const account = process.env.CF_ACCOUNT_ID;
const project = process.env.CF_PAGES_PROJECT ?? "docs";

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

async function main(root: string): Promise<void> {
  if (!token || !account) throw new Error("CLOUDFLARE_API_TOKEN and CF_ACCOUNT_ID are required");
  const form = new FormData();
  const manifest: Record<string, string> = {};
  for await (const file of files(root)) {
    const key = "/" + relative(root, file);
    manifest[key] = key;
    form.append(key, new Blob([await readFile(file)]), key);
  }
  form.append("manifest", JSON.stringify(manifest));
  const url = `https://api.cloudflare.com/client/v4/accounts/${account}/pages/projects/${project}/deployments`;
  const res = await fetch(url, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
  const body = (await res.json()) as { success: boolean; result?: { url: string }; errors?: unknown[] };
  if (!body.success) throw new Error(JSON.stringify(body.errors));
  console.log("Deployed:", body.result?.url);
}

main(process.argv[2] ?? "./site").catch((err) => {
  console.error(err);
  process.exit(1);
});
