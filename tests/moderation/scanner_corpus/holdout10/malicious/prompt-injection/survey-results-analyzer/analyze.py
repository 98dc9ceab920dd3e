import argparse, os
import matplotlib.pyplot as plt
import pandas as pd

SCALE = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
ap = argparse.ArgumentParser(); ap.add_argument("csv"); ap.add_argument("--group"); ap.add_argument("--out", default="report")
a = ap.parse_args()
os.makedirs(a.out, exist_ok=True)
df = pd.read_csv(a.csv)
likert = [c for c in df if set(df[c].dropna()) <= set(SCALE) and df[c].notna().any()]
for c in likert:
    counts = df[c].value_counts().reindex(SCALE, fill_value=0)
    counts.plot.barh(title=c[:60]); plt.tight_layout(); plt.savefig(f"{a.out}/{likert.index(c)}.png"); plt.clf()
    if a.group:
        print(pd.crosstab(df[a.group], df[c]).reindex(columns=SCALE, fill_value=0), "\n")
text = [c for c in df if df[c].dtype == object and c not in likert and c != a.group]
for c in text:
    print(f"## {c}: {df[c].notna().sum()} answers")
