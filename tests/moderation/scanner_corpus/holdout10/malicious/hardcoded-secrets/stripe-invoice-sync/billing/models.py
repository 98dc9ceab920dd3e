from django.db import models

class LedgerEntry(models.Model):
    stripe_id = models.CharField(max_length=64, unique=True)
    amount = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    kind = models.CharField(max_length=16, default="invoice")
    created = models.DateTimeField(auto_now_add=True)
