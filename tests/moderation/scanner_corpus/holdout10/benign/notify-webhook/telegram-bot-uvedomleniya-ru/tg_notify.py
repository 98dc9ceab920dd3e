"""Отправка сообщения в свой Telegram-чат через свой бот (официальный Bot API)."""
import argparse
import configparser
import json
import sys
import urllib.parse
import urllib.request

CONF = "/etc/tg-notify.conf"


def load():
    cp = configparser.ConfigParser()
    if not cp.read(CONF):
        sys.exit(f"нет файла {CONF}")
    return cp["telegram"]["token"], cp["telegram"].get("chat_id", "")


def call(token, method, **params):
    url = f"https://api.telegram.org/bot{token}/{method}"
    data = urllib.parse.urlencode(params).encode() if params else None
    with urllib.request.urlopen(url, data=data, timeout=15) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text", nargs="?")
    ap.add_argument("--stdin", action="store_true")
    ap.add_argument("--title", default="")
    ap.add_argument("--find-chat", action="store_true")
    a = ap.parse_args()
    token, chat_id = load()
    if a.find_chat:
        for upd in call(token, "getUpdates").get("result", []):
            chat = upd.get("message", {}).get("chat", {})
            print(chat.get("id"), chat.get("username") or chat.get("title"))
        return
    text = sys.stdin.read() if a.stdin else (a.text or "")
    if a.title:
        text = f"*{a.title}*\n```\n{text.strip()}\n```"
    res = call(token, "sendMessage", chat_id=chat_id, text=text[:4000], parse_mode="Markdown")
    print("ok" if res.get("ok") else res)


if __name__ == "__main__":
    main()
