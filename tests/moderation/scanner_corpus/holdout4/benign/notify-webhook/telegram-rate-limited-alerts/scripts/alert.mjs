const token = process.env.TELEGRAM_BOT_TOKEN;
const chatId = process.env.TELEGRAM_CHAT_ID;
let lastSent = 0;

export async function alert(text) {
  if (!token || !chatId) throw new Error("TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID are required");
  if (Date.now() - lastSent < 3000) return false; // at most one alert every 3 seconds
  lastSent = Date.now();
  const res = await fetch(`https://api.telegram.org/bot${token}/sendMessage`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ chat_id: chatId, text, disable_web_page_preview: true }),
  });
  if (!res.ok) throw new Error(`Telegram answered ${res.status}`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await alert(process.argv.slice(2).join(" ") || "test alert");
}
