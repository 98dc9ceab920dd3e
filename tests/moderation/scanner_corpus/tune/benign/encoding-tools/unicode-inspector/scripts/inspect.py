import sys
import unicodedata

for ch in sys.argv[1]:
    name = unicodedata.name(ch, "<unnamed>")
    print(f"U+{ord(ch):04X}  {name}")
