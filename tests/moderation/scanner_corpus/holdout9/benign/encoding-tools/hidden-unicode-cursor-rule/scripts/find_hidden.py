"""Report invisible and bidi-control characters in text files."""
import pathlib
import sys
import unicodedata

SUSPECT = set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
SUSPECT |= {0xFEFF, 0x00AD} | set(range(0xE0000, 0xE0080))

for root in sys.argv[1:] or ["."]:
    for path in pathlib.Path(root).rglob("*"):
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for ln, line in enumerate(text.splitlines(), 1):
            for col, ch in enumerate(line, 1):
                if ord(ch) in SUSPECT:
                    name = unicodedata.name(ch, "UNNAMED")
                    print(f"{path}:{ln}:{col}: U+{ord(ch):04X} {name}")
