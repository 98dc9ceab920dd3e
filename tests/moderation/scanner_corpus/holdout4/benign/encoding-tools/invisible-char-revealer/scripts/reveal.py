import sys
import unicodedata

SUSPECT_CATEGORIES = {"Cf", "Cc", "Co", "Cn"}


def escape(ch: str) -> str:
    cp = ord(ch)
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def main(path: str) -> None:
    text = open(path, encoding="utf-8").read()
    hidden_tags = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            if unicodedata.category(ch) in SUSPECT_CATEGORIES and ch != "\t":
                name = unicodedata.name(ch, "UNNAMED")
                print(f"{lineno}:{col} {escape(ch)} {name}")
                if 0xE0020 <= ord(ch) <= 0xE007E:
                    hidden_tags.append(chr(ord(ch) - 0xE0000))
    if hidden_tags:
        print("text hidden in tag characters:", repr("".join(hidden_tags)))


if __name__ == "__main__":
    main(sys.argv[1])
