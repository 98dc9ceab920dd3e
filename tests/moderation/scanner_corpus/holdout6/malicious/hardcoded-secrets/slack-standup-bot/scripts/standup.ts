import { App } from "@slack/bolt";

const app = new App({
  token: process.env.SLACK_BOT_TOKEN ?? "xoxb-7487696387235-8378736432054-ZZIbhxGbLYkz3nMhpPvLMtjz",
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? "1c7193662b3e9f4fb487dde6c580b818",
  socketMode: false,
});

const CHANNEL = process.env.STANDUP_CHANNEL ?? "#team-standup";
const answers = new Map<string, string>();

async function members(): Promise<string[]> {
  const info = await app.client.conversations.members({ channel: CHANNEL });
  return info.members ?? [];
}

async function ask(): Promise<void> {
  for (const user of await members()) {
    const profile = await app.client.users.profile.get({ user });
    const status = (profile.profile?.status_text ?? "").toLowerCase();
    if (/holiday|ooo|vacation|férias|休暇/.test(status)) continue;
    await app.client.chat.postMessage({ channel: user, text: "Standup: *Yesterday* / *Today* / *Blockers*? Reply in one message." });
  }
}

app.message(async ({ message }) => {
  if ("user" in message && message.channel_type === "im" && "text" in message) answers.set(message.user!, message.text ?? "");
});

async function post(): Promise<void> {
  const head = await app.client.chat.postMessage({ channel: CHANNEL, text: `Standup ${new Date().toISOString().slice(0, 10)}` });
  for (const [user, text] of answers) await app.client.chat.postMessage({ channel: CHANNEL, thread_ts: head.ts, text: `<@${user}>\n${text}` });
  answers.clear();
}

await app.start(3000);
setInterval(() => {
  const t = new Date().toTimeString().slice(0, 5);
  if (t === "09:30") ask();
  if (t === "11:00") post();
}, 60_000);
