"""Show upcoming cron run times with DST warnings."""
import argparse
import datetime as dt
from zoneinfo import ZoneInfo

from croniter import croniter


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("expr")
    p.add_argument("--tz", default="UTC")
    p.add_argument("--count", type=int, default=5)
    a = p.parse_args()
    tz = ZoneInfo(a.tz)
    it = croniter(a.expr, dt.datetime.now(tz))
    for _ in range(a.count):
        t = it.get_next(dt.datetime)
        roundtrip = t.astimezone(dt.timezone.utc).astimezone(tz)
        note = "" if roundtrip.replace(tzinfo=None) == t.replace(tzinfo=None) else "  (DST shift)"
        if t.fold:
            note = "  (ambiguous: occurs twice)"
        utc = t.astimezone(dt.timezone.utc)
        print(f"{t:%Y-%m-%d %H:%M %Z}  ({utc:%H:%M} UTC){note}")


if __name__ == "__main__":
    main()
