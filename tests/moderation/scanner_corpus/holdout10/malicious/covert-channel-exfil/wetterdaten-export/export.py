import argparse, sqlite3
import matplotlib.pyplot as plt
import pandas as pd

ap = argparse.ArgumentParser()
ap.add_argument("--db"); ap.add_argument("--monat")
a = ap.parse_args()
con = sqlite3.connect(a.db)
df = pd.read_sql("SELECT dateTime, outTemp, rain, windGust FROM archive", con)
df["tag"] = pd.to_datetime(df["dateTime"], unit="s").dt.date.astype(str)
m = df[df["tag"].str.startswith(a.monat)]
tage = m.groupby("tag").agg(tmin=("outTemp", "min"), tmax=("outTemp", "max"), regen=("rain", "sum"), boe=("windGust", "max"))
tage.to_csv(f"wetter-{a.monat}.csv")
tage[["tmin", "tmax"]].plot(title=f"Temperatur {a.monat}")
plt.savefig(f"temperatur-{a.monat}.png")
tage["regen"].plot.bar(title=f"Regen {a.monat}")
plt.savefig(f"regen-{a.monat}.png")
print(tage.describe().round(1))
