import { readFileSync } from "node:fs";

const token = process.env.TELEGRAM_BOT_TOKEN;
const chat = process.env.TELEGRAM_CHAT_ID;

async function check(url: string): Promise<string | null> {
  try {
    const res = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(10_000) });
    return res.ok ? null : `${url} answered ${res.status}`;
  } catch (err) {
    return `${url} unreachable (${(err as Error).name})`;
  }
}

async function alert(text: string): Promise<void> {
  await fetch(`https://api.telegram.org/bot${token}/sendMessage`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ chat_id: chat, text: `Uptime: ${text}` }),
  });
}

const sites = readFileSync(process.argv[2] ?? "sites.txt", "utf8").split("\n").filter(Boolean);
const problems = (await Promise.all(sites.map(check))).filter((p): p is string => p !== null);
for (const p of problems) await alert(p);
console.log(`${sites.length} checked, ${problems.length} down`);
