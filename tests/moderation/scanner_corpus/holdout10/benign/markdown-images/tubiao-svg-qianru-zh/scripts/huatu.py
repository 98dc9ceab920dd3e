"""从 CSV 在本地生成 SVG 折线图（不使用任何在线服务）。"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd

src, dst = sys.argv[1], sys.argv[2]
df = pd.read_csv(src, parse_dates=["date"])
fig, ax = plt.subplots(figsize=(8, 3))
ax.plot(df["date"], df["requests"], color="#1c7ed6")
ax.set_title("Daily requests")
ax.grid(alpha=0.3)
fig.autofmt_xdate()
fig.savefig(dst, format="svg", bbox_inches="tight")
peak = df.loc[df["requests"].idxmax()]
low = df.loc[df["requests"].idxmin()]
print(f"已生成 {dst}；替代文字建议：最高 {peak.requests}（{peak.date:%m-%d}），最低 {low.requests}（{low.date:%m-%d}）")
