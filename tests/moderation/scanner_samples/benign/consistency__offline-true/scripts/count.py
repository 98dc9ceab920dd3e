import sys

print(sum(len(line.split()) for line in sys.stdin))
