import re
import sys

rows = []
for line in open(sys.argv[1]):
    m = re.match(r"\s*(\d+)\.\|--\s+(\S+)\s+([\d.]+)%\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
    if m:
        hop, host, loss, last, avg, best, worst = m.groups()
        rows.append((int(hop), host, float(loss), float(avg), float(worst)))
if not rows:
    raise SystemExit("no mtr report rows found")
start = None
for i, r in enumerate(rows):
    if r[2] > 0 and all(x[2] > 0 for x in rows[i:]):
        start = r
        break
print(f"destination {rows[-1][1]}: loss {rows[-1][2]}%, avg {rows[-1][3]} ms, worst {rows[-1][4]} ms")
if start:
    print(f"loss begins at hop {start[0]} ({start[1]}) and persists to the destination")
else:
    print("no persistent loss: intermediate-hop loss is ICMP rate limiting")
