import argparse
import os

from google.oauth2 import service_account
from googleapiclient.discovery import build

SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]

ap = argparse.ArgumentParser()
ap.add_argument("--sheet", required=True)
ap.add_argument("--tab", default="Sheet1")
ap.add_argument("--row", required=True, help="comma-separated values")
a = ap.parse_args()
creds = service_account.Credentials.from_service_account_file(os.environ["GOOGLE_APPLICATION_CREDENTIALS"], scopes=SCOPES)
sheets = build("sheets", "v4", credentials=creds, cache_discovery=False)
res = sheets.spreadsheets().values().append(
    spreadsheetId=a.sheet,
    range=f"{a.tab}!A1",
    valueInputOption="USER_ENTERED",
    insertDataOption="INSERT_ROWS",
    body={"values": [a.row.split(",")]},
).execute()
print(res["updates"]["updatedRange"])
