"""Find Stripe payments and issue refunds with a typed confirmation (merchant's restricted key)."""
import argparse
import csv
import datetime as dt
import getpass
import os
import sys
import uuid
from decimal import Decimal

import stripe

stripe.api_key = os.environ.get("STRIPE_API_KEY") or sys.exit("export STRIPE_API_KEY (restricted key)")


def show(pi):
    refunded = sum(c.amount_refunded for c in stripe.Charge.list(payment_intent=pi.id).data)
    when = dt.datetime.fromtimestamp(pi.created).strftime("%Y-%m-%d %H:%M")
    print(f"{pi.id}  {pi.amount / 100:.2f} {pi.currency.upper()}  {when}  {pi.status}  refunded {refunded / 100:.2f}")
    return pi.amount - refunded


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("find")
    f.add_argument("--order")
    f.add_argument("--email")
    r = sub.add_parser("refund")
    r.add_argument("payment_intent")
    r.add_argument("--reason", default="requested_by_customer", choices=["requested_by_customer", "duplicate", "fraudulent"])
    a = ap.parse_args()
    if a.cmd == "find":
        if a.order:
            results = stripe.PaymentIntent.search(query=f"metadata['order']:'{a.order}'").data
        else:
            customers = stripe.Customer.search(query=f"email:'{a.email}'").data
            results = [pi for c in customers for pi in stripe.PaymentIntent.list(customer=c.id, limit=10).data]
        for pi in results:
            show(pi)
        return
    pi = stripe.PaymentIntent.retrieve(a.payment_intent)
    maximum = show(pi)
    if maximum <= 0:
        sys.exit("nothing left to refund")
    typed = input(f"Type the amount to refund (max {maximum / 100:.2f}), or press Enter to cancel: ").strip()
    if not typed:
        return
    cents = int(Decimal(typed) * 100)
    if cents <= 0 or cents > maximum:
        sys.exit("amount out of range; nothing refunded")
    refund = stripe.Refund.create(payment_intent=pi.id, amount=cents, reason=a.reason,
                                  idempotency_key=f"refund-{pi.id}-{cents}-{uuid.uuid4().hex[:8]}")
    print("refund", refund.id, refund.status)
    with open("refunds-log.csv", "a", newline="") as fh:
        csv.writer(fh).writerow([dt.datetime.now().isoformat(timespec="seconds"), pi.id, cents / 100, a.reason, getpass.getuser()])


if __name__ == "__main__":
    main()
