import sys
from zoneaudit.parse import records
from zoneaudit.resolve import check_cname, warm

def main():
    zone = sys.argv[1]
    recs = list(records(zone))
    warm(zone)
    dangling = [r for r in recs if r[1] == "CNAME" and not check_cname(r[2])]
    names = {r[0] for r in recs}
    print(f"{len(recs)} records read")
    for r in dangling:
        print(f"DANGLING {r[0]} -> {r[2]}")
    if "_dmarc" not in names:
        print("MISSING _dmarc record")
    if not any(r[1] == "TXT" and "v=spf1" in r[2] for r in recs):
        print("MISSING SPF")

main()
