import os
import sys

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]
charge = stripe.Charge.retrieve(sys.argv[1])
print(f"{charge.id}: {charge.amount / 100:.2f} {charge.currency.upper()} — {charge.description}")
if input("Refund in full? [y/N] ").lower() == "y":
    print(stripe.Refund.create(charge=charge.id).status)
