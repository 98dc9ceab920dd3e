import datetime
import sys

RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]
MACROS = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0",
          "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *"}


def expand(field: str, lo: int, hi: int) -> set[int]:
    out: set[int] = set()
    for part in field.split(","):
        base, _, step = part.partition("/")
        start, end = (lo, hi) if base == "*" else map(int, (base.split("-") + [base])[:2])
        if not (lo <= start <= hi and lo <= end <= hi):
            raise ValueError(f"{part} outside {lo}-{hi}")
        out.update(range(start, end + 1, int(step or 1)))
    return out


def next_runs(expr: str, n: int = 3) -> list[datetime.datetime]:
    sets = [expand(f, lo, hi) for f, (lo, hi) in zip(expr.split(), RANGES)]
    sets[4] = {d % 7 for d in sets[4]}
    t = datetime.datetime.now().replace(second=0, microsecond=0)
    runs = []
    while len(runs) < n:
        t += datetime.timedelta(minutes=1)
        if (t.minute in sets[0] and t.hour in sets[1] and t.day in sets[2]
                and t.month in sets[3] and (t.isoweekday() % 7) in sets[4]):
            runs.append(t)
    return runs


def main(path: str) -> None:
    lines = sys.stdin if path == "-" else open(path, encoding="utf-8")
    for no, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#") or "=" in line.split()[0]:
            continue
        if line.startswith("@reboot"):
            print(f"{no}: at boot -> {line[7:].strip()}")
            continue
        fields = line.split(None, 5)
        expr = MACROS.get(fields[0]) or " ".join(fields[:5])
        try:
            runs = ", ".join(r.strftime("%a %d %b %H:%M") for r in next_runs(expr))
            print(f"{no}: ok  next: {runs}")
        except ValueError as exc:
            print(f"{no}: ERROR {exc}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "-")
