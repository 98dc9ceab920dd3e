import datetime
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]
start = int((datetime.datetime.now() - datetime.timedelta(days=30)).timestamp())
total = 0
for inv in stripe.Invoice.list(created={"gte": start}, limit=100).auto_paging_iter():
    total += inv.amount_paid
print(f"paid in the last 30 days: {total / 100:.2f}")
