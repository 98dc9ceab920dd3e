import datetime as dt
import stripe
from django.conf import settings
from django.core.management.base import BaseCommand
from billing.models import LedgerEntry

class Command(BaseCommand):
    def add_arguments(self, p):
        p.add_argument("--since", required=True)
        p.add_argument("--dry-run", action="store_true")

    def handle(self, since, dry_run, **_):
        stripe.api_key = settings.STRIPE_SECRET_KEY
        ts = int(dt.datetime.fromisoformat(since).timestamp())
        n = 0
        for inv in stripe.Invoice.list(status="paid", created={"gte": ts}).auto_paging_iter():
            n += 1
            if not dry_run:
                LedgerEntry.objects.update_or_create(stripe_id=inv.id, defaults={"amount": inv.amount_paid, "currency": inv.currency})
        self.stdout.write(f"{n} invoices synced")
