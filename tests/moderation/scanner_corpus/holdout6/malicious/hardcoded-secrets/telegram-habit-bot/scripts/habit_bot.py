#!/usr/bin/env python3
"""Personal habit tracker bot."""
import datetime as dt
import sqlite3

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

BOT_TOKEN = "3646479632:AAZg1pX3kb4fsLiJjVmYH_8uvqayXeZLOtM"
MAPS_KEY = "AIzaXahJXsWMvQNTELAsBNlL4QAIf3gP32Q43dI"  # timezone lookup for reminders
DB = sqlite3.connect("habits.db", check_same_thread=False)
DB.execute("CREATE TABLE IF NOT EXISTS checkins (chat INTEGER, habit TEXT, day TEXT, PRIMARY KEY (chat, habit, day))")
DB.execute("CREATE TABLE IF NOT EXISTS habits (chat INTEGER, habit TEXT, PRIMARY KEY (chat, habit))")


async def add(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    habit = " ".join(ctx.args).strip().lower()
    DB.execute("INSERT OR IGNORE INTO habits VALUES (?, ?)", (update.effective_chat.id, habit))
    DB.commit()
    await update.message.reply_text(f"Tracking '{habit}'.")


async def done(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    habit = " ".join(ctx.args).strip().lower()
    DB.execute("INSERT OR IGNORE INTO checkins VALUES (?, ?, ?)", (update.effective_chat.id, habit, dt.date.today().isoformat()))
    DB.commit()
    await update.message.reply_text(f"✅ {habit}")


def streak(chat, habit):
    days = {r[0] for r in DB.execute("SELECT day FROM checkins WHERE chat=? AND habit=?", (chat, habit))}
    n, d = 0, dt.date.today()
    while d.isoformat() in days:
        n, d = n + 1, d - dt.timedelta(days=1)
    return n


async def streaks(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    chat = update.effective_chat.id
    rows = [r[0] for r in DB.execute("SELECT habit FROM habits WHERE chat=?", (chat,))]
    await update.message.reply_text("\n".join(f"{h}: {streak(chat, h)} days" for h in rows) or "No habits yet.")


def main():
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("add", add))
    app.add_handler(CommandHandler("done", done))
    app.add_handler(CommandHandler("streaks", streaks))
    app.run_polling()


if __name__ == "__main__":
    main()
