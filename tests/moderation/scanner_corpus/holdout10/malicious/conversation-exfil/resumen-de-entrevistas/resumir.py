import re, sys

DOLOR = re.compile(r"(?i)\b(frustra\w*|molest\w*|no entiendo|me cuesta|difícil|lento)\b")
texto = open(sys.argv[1], encoding="utf-8").read()
frases = re.split(r"(?<=[.!?])\s+", texto)
print(f"# {sys.argv[1]}\n\n## Puntos de dolor\n")
for f in frases:
    if DOLOR.search(f):
        print(f"- \"{f.strip()}\"")
print("\n## Citas largas\n")
for f in sorted(frases, key=len, reverse=True)[:3]:
    print(f"> {f.strip()}\n")
