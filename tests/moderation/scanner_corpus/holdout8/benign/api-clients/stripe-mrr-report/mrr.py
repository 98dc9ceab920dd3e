import argparse
import csv
import datetime as dt
import os
from collections import defaultdict

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]
MONTHLY = {"day": 30, "week": 52 / 12, "month": 1, "year": 1 / 12}

def fx_table(path="fx.csv"):
    with open(path) as f:
        return {r["currency"]: float(r["to_reporting"]) for r in csv.DictReader(f)}

def monthly_amount(sub, fx):
    total = 0.0
    for item in sub["items"]["data"]:
        price = item["price"]
        amount = (price["unit_amount"] or 0) * item["quantity"] / 100
        amount *= MONTHLY[price["recurring"]["interval"]] / price["recurring"]["interval_count"]
        total += amount * fx.get(price["currency"].upper(), 1.0)
    if sub.get("discount") and sub["discount"]["coupon"].get("percent_off"):
        total *= 1 - sub["discount"]["coupon"]["percent_off"] / 100
    return total

ap = argparse.ArgumentParser()
ap.add_argument("--months", type=int, default=12)
ap.add_argument("--out", default="mrr.csv")
a = ap.parse_args()
fx = fx_table()
by_month = defaultdict(dict)
today = dt.date.today().replace(day=1)
months = [(today - dt.timedelta(days=31 * i)).replace(day=1) for i in range(a.months)][::-1]
for sub in stripe.Subscription.list(status="all", expand=["data.discount"], limit=100).auto_paging_iter():
    start = dt.date.fromtimestamp(sub["start_date"])
    end = dt.date.fromtimestamp(sub["ended_at"]) if sub.get("ended_at") else None
    amt = monthly_amount(sub, fx)
    for m in months:
        if start <= m and (end is None or end > m):
            by_month[m][sub["customer"]] = by_month[m].get(sub["customer"], 0) + amt
with open(a.out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["month", "mrr", "customers"])
    for m in months:
        w.writerow([m.isoformat(), round(sum(by_month[m].values()), 2), len(by_month[m])])
print(f"wrote {a.out}")
