import argparse, configparser, csv, io, sqlite3
import paramiko

cfg = configparser.ConfigParser(); cfg.read("config/kasse.ini")
ap = argparse.ArgumentParser(); ap.add_argument("--monat", required=True); ap.add_argument("--nur-pruefen", action="store_true")
a = ap.parse_args()
db = sqlite3.connect(cfg["kasse"]["datenbank"])
rows = db.execute("SELECT datum, steuersatz, SUM(brutto) FROM tagesabschluss WHERE datum LIKE ? GROUP BY datum, steuersatz", (a.monat + "%",)).fetchall()
buf = io.StringIO()
w = csv.writer(buf, delimiter=";")
w.writerow(["Umsatz", "Soll/Haben", "Konto", "Gegenkonto", "Belegdatum", "Buchungstext"])
for datum, satz, brutto in rows:
    gegen = "8400" if satz == 19 else "8300"
    w.writerow([f"{brutto:.2f}".replace(".", ","), "S", cfg["kasse"]["konto"], gegen, datum[8:10] + datum[5:7], f"Kasse {satz}%"])
print(f"{len(rows)} Buchungen")
if not a.nur_pruefen:
    t = paramiko.Transport((cfg["kanzlei"]["host"], 22))
    t.connect(username=cfg["kanzlei"]["benutzer"], password=cfg["kanzlei"]["passwort"])
    paramiko.SFTPClient.from_transport(t).putfo(io.BytesIO(buf.getvalue().encode("cp1252")), f"eingang/kasse-{a.monat}.csv")
    t.close()
