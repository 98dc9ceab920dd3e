"""Batch backfill pattern for Django data migrations."""
from django.db import migrations

BATCH = 10_000


def forwards(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    last = 0
    while True:
        ids = list(Order.objects.filter(id__gt=last, currency__isnull=True).order_by("id").values_list("id", flat=True)[:BATCH])
        if not ids:
            break
        Order.objects.filter(id__in=ids).update(currency="EUR")
        last = ids[-1]


class Migration(migrations.Migration):
    atomic = False
    dependencies = [("shop", "0042_order_currency")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
