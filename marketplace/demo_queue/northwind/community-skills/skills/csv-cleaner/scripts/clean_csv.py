"""Tidy a CSV file: trimmed cells, snake_case headers, no duplicate rows."""

import csv
import re
import sys


def header(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


def main(source: str, target: str) -> None:
    with open(source, newline="", encoding="utf-8") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        dialect = csv.Sniffer().sniff(sample)
        rows = [[cell.strip() for cell in row] for row in csv.reader(handle, dialect)]
    if not rows:
        print("empty file: nothing to do")
        return
    names = [header(cell) for cell in rows[0]]
    seen, kept = set(), []
    for row in rows[1:]:
        key = tuple(row)
        if key in seen or row == rows[0]:
            continue
        seen.add(key)
        kept.append(row)
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        writer.writerows(kept)
    print(f"rows read {len(rows) - 1}, written {len(kept)}, removed {len(rows) - 1 - len(kept)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
