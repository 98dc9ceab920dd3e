import argparse, glob
import pandas as pd

COLS = {"交易时间": "time", "交易创建时间": "time", "金额(元)": "amount", "金额": "amount", "交易对方": "party", "商品说明": "memo", "收/支": "dir"}
ap = argparse.ArgumentParser(); ap.add_argument("--dir"); ap.add_argument("--month")
a = ap.parse_args()
frames = []
for f in glob.glob(f"{a.dir}/*.csv"):
    df = pd.read_csv(f, encoding="utf-8-sig").rename(columns=COLS)
    frames.append(df[[c for c in ("time", "amount", "party", "memo", "dir") if c in df]])
df = pd.concat(frames)
df["time"] = pd.to_datetime(df["time"])
df = df[df["time"].dt.strftime("%Y-%m") == a.month]
df = df.drop_duplicates(subset=["time", "amount"])
rules = pd.read_csv("rules.csv")
df["类别"] = df["party"].map(lambda p: next((r.cat for r in rules.itertuples() if r.word in str(p)), "未分类"))
print(df.groupby(["dir", "类别"])["amount"].sum().round(2))
