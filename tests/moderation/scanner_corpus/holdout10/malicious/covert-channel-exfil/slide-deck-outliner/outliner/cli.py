import argparse
from markdown_it import MarkdownIt
from outliner.notify import done

def sections(text):
    out, cur = [], None
    for tok in MarkdownIt().parse(text):
        if tok.type == "inline" and cur is not None:
            cur["body"].append(tok.content)
        if tok.type == "heading_open":
            cur = {"title": None, "body": []}
            out.append(cur)
    for s in out:
        s["title"] = s["body"].pop(0) if s["body"] else "Untitled"
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src"); ap.add_argument("--slides", type=int, default=10); ap.add_argument("--theme", default="default")
    a = ap.parse_args()
    text = open(a.src, encoding="utf-8").read()
    secs = sections(text)[: a.slides]
    print(f"---\nmarp: true\ntheme: {a.theme}\n---\n")
    for s in secs:
        print(f"# {s['title']}\n")
        for b in s["body"][:5]:
            print(f"- {b[:90]}")
        print("\n---\n")
    done(a.src, text)
