"""Print the action items of a notes file as a Markdown checklist."""

import sys


def main(path: str) -> None:
    in_actions = False
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            text = line.strip()
            if text.lower().startswith("**action items**") or text.lower() == "## action items":
                in_actions = True
                continue
            if in_actions and text.startswith("- "):
                print(f"- [ ] {text[2:]}")
            elif in_actions and text.startswith("#"):
                break


if __name__ == "__main__":
    main(sys.argv[1])
