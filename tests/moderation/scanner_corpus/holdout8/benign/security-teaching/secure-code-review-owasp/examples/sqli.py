import sqlite3

def find_user_vulnerable(db: sqlite3.Connection, name: str):
    # DO NOT USE: shown for review training. `name` can close the quote.
    return db.execute(f"SELECT id FROM users WHERE name = '{name}'").fetchall()

def find_user(db: sqlite3.Connection, name: str):
    return db.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchall()
