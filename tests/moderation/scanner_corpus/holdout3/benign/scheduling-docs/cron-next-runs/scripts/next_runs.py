import sys
from datetime import datetime, timedelta


def field(spec: str, lo: int, hi: int) -> set[int]:
    out: set[int] = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/")
            step = int(s)
        if part == "*":
            a, b = lo, hi
        elif "-" in part:
            a, b = map(int, part.split("-"))
        else:
            a = b = int(part)
        out.update(range(a, b + 1, step))
    return out


def next_runs(expr: str, n: int, start: datetime) -> list[datetime]:
    mi, ho, dom, mon, dow = expr.split()
    sets = field(mi, 0, 59), field(ho, 0, 23), field(dom, 1, 31), field(mon, 1, 12), {d % 7 for d in field(dow, 0, 7)}
    t = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
    runs = []
    while len(runs) < n:
        day_ok = (t.day in sets[2]) if dow == "*" else (t.isoweekday() % 7 in sets[4]) if dom == "*" else (
            t.day in sets[2] or t.isoweekday() % 7 in sets[4])
        if t.minute in sets[0] and t.hour in sets[1] and t.month in sets[3] and day_ok:
            runs.append(t)
        t += timedelta(minutes=1)
    return runs


if __name__ == "__main__":
    for r in next_runs(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5, datetime.now()):
        print(r.strftime("%a %Y-%m-%d %H:%M"))
