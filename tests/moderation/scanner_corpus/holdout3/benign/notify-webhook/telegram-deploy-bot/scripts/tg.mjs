const token = process.env.TELEGRAM_BOT_TOKEN;
const chatId = process.env.TELEGRAM_CHAT_ID;
const text = process.argv.slice(2).join(" ");
if (!token || !chatId || !text) {
  console.error("usage: TELEGRAM_BOT_TOKEN=.. TELEGRAM_CHAT_ID=.. node tg.mjs <message>");
  process.exit(2);
}

const res = await fetch(`https://api.telegram.org/bot${token}/sendMessage`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ chat_id: chatId, text, disable_notification: false }),
});
const body = await res.json();
if (!body.ok) {
  console.error("Telegram said:", body.description);
  process.exit(1);
}
console.log("sent");
