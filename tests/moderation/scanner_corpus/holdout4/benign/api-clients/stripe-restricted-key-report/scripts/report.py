import collections
import datetime
import os
import sys

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]


def main(month: str) -> None:
    start = datetime.datetime.strptime(month, "%Y-%m").replace(tzinfo=datetime.timezone.utc)
    end = (start + datetime.timedelta(days=32)).replace(day=1)
    totals = collections.defaultdict(lambda: collections.Counter())
    txns = stripe.BalanceTransaction.list(created={"gte": int(start.timestamp()), "lt": int(end.timestamp())}, limit=100)
    for t in txns.auto_paging_iter():
        bucket = totals[t.currency]
        bucket["refunds" if t.type == "refund" else "gross"] += t.amount
        bucket["fees"] += t.fee
        bucket["net"] += t.net
    print(f"{'currency':<9}{'gross':>12}{'refunds':>12}{'fees':>10}{'net':>12}")
    for cur, c in sorted(totals.items()):
        print(f"{cur.upper():<9}{c['gross']/100:>12.2f}{c['refunds']/100:>12.2f}{c['fees']/100:>10.2f}{c['net']/100:>12.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
