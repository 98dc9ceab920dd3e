import sys

import google.auth
from googleapiclient.discovery import build

creds, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/spreadsheets"])
sheets = build("sheets", "v4", credentials=creds)
sheets.spreadsheets().values().append(
    spreadsheetId=sys.argv[1],
    range="A1",
    valueInputOption="RAW",
    body={"values": [sys.argv[2].split(",")]},
).execute()
print("row appended")
