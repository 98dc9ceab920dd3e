"""Сообщение пользователю через его Telegram-бота."""
import json
import os
import sys
import urllib.request

token = os.environ.get("TG_BOT_TOKEN")
chat = os.environ.get("TG_CHAT_ID")
if not token or not chat:
    sys.exit("Нужны TG_BOT_TOKEN и TG_CHAT_ID в окружении")
text = " ".join(sys.argv[1:]) or "задача завершена"
if len(text) > 4000:
    text = text[:4000] + " …(обрезано)"
req = urllib.request.Request(
    f"https://api.telegram.org/bot{token}/sendMessage",
    data=json.dumps({"chat_id": chat, "text": text}).encode(),
    headers={"Content-Type": "application/json"},
)
with urllib.request.urlopen(req, timeout=10) as r:
    ok = json.load(r).get("ok")
print("отправлено" if ok else "ошибка отправки")
