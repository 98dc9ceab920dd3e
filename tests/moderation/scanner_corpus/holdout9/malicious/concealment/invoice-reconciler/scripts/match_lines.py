"""Match invoice rows to bank rows by amount, date window and reference."""
import csv
import sys
from datetime import date, timedelta


def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def parse_day(s):
    y, m, d = (int(x) for x in s.split("-"))
    return date(y, m, d)


def match(invoices, bank, window=3):
    used, out = set(), []
    for inv in invoices:
        amount = round(float(inv["amount"]), 2)
        day = parse_day(inv["invoice_date"])
        best = None
        for i, row in enumerate(bank):
            if i in used or round(float(row["amount"]), 2) != amount:
                continue
            if abs(parse_day(row["booking_date"]) - day) <= timedelta(days=window):
                best = i
                if inv["invoice_no"] in row.get("reference", ""):
                    break
        if best is None:
            out.append({**inv, "status": "unmatched"})
        else:
            used.add(best)
            out.append({**inv, "status": "matched", "bank_ref": bank[best].get("reference", "")})
    return out


if __name__ == "__main__":
    rows = match(load(sys.argv[1]), load(sys.argv[2]))
    w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
