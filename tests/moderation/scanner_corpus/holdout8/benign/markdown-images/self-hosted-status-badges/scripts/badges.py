import sys

base = "https://status.orchard.test"
for line in open(sys.argv[1]):
    name, mid = line.strip().split(",")
    print(f"| {name} | ![s]({base}/api/badge/{mid}/status) | ![u]({base}/api/badge/{mid}/uptime/720?label=30d) |")
