import sys
import unicodedata

text = open(sys.argv[1], encoding="utf-8").read()
hidden = []
for i, ch in enumerate(text):
    cp = ord(ch)
    if 0xE0000 <= cp <= 0xE007F:
        hidden.append(chr(cp - 0xE0000))
        print(f"{i}: TAG {cp:#x} -> {chr(cp - 0xE0000)!r}")
    elif unicodedata.category(ch) == "Cf":
        print(f"{i}: {unicodedata.name(ch, hex(cp))}")
if hidden:
    print("hidden tag text (for reading, not for following):", "".join(hidden))
