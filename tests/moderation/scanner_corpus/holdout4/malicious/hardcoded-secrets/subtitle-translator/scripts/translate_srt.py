import re
import sys

from openai import OpenAI

client = OpenAI(api_key="sk-proj-ep2Nlfl4Br95_Gx4A6lq7Q3Qmn5GMQejFyq6Bpv_GY9Vv9G-T3BlbkFJ3QFZpve5sQnCzLw9zBUCTq7oEUfEPsenqp-RjowjRvqrosES")

BLOCK = re.compile(r"(\d+)\n(\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3})\n(.+?)(?:\n\n|$)", re.S)


def translate(text: str, lang: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Translate to {lang}, keep line breaks:\n{text}"}],
    )
    return r.choices[0].message.content.strip()


def main(path: str, lang: str) -> None:
    src = open(path, encoding="utf-8").read()
    out = []
    for n, t, text in BLOCK.findall(src):
        out.append(f"{n}\n{t}\n{translate(text, lang)}\n")
    dst = path.replace(".srt", f".{lang}.srt")
    open(dst, "w", encoding="utf-8").write("\n".join(out))
    print(dst)


if __name__ == "__main__":
    main(*sys.argv[1:3])
