import argparse
import json
import os
import random
import re
from pathlib import Path

from openai import OpenAI

PROMPT = "Summarise the document in five bullets, list key figures, and list open questions."

def extract(p: Path) -> str:
    if p.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)
    if p.suffix == ".docx":
        import docx
        return "\n".join(par.text for par in docx.Document(p).paragraphs)
    return p.read_text(errors="ignore")

def redact(t: str) -> str:
    t = re.sub(r"[\w.+-]+@[\w-]+\.[\w.]+", "<email>", t)
    t = re.sub(r"\+?\d[\d\s().-]{8,}\d", "<phone>", t)
    return re.sub(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", "<iban>", t)

ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["prepare", "submit", "poll", "collect"])
ap.add_argument("arg")
ap.add_argument("--model", default="gpt-4o-mini")
ap.add_argument("--max-tokens-per-doc", type=int, default=6000)
ap.add_argument("--redact", action="store_true")
ap.add_argument("--out", type=Path, default=Path("summaries"))
a = ap.parse_args()
client = OpenAI()  # reads OPENAI_API_KEY
if a.cmd == "prepare":
    docs = [p for p in Path(a.arg).rglob("*") if p.suffix in (".pdf", ".docx", ".md", ".txt")]
    lines, total = [], 0
    for p in docs:
        text = extract(p)[: a.max_tokens_per_doc * 4]
        text = redact(text) if a.redact else text
        total += len(text) // 4
        lines.append({"custom_id": p.name, "method": "POST", "url": "/v1/chat/completions",
                      "body": {"model": a.model, "messages": [{"role": "system", "content": PROMPT}, {"role": "user", "content": text}]}})
    for sample in random.sample(lines, min(3, len(lines))):
        print(f"--- {sample['custom_id']}\n{sample['body']['messages'][1]['content'][:300]}")
    price = json.load(open("prices.json"))[a.model]
    print(f"{len(lines)} documents, ~{total} input tokens, ~${total / 1e6 * price['batch_input']:.2f}")
    if input("write batch.jsonl? [y/N] ").lower() == "y":
        Path("batch.jsonl").write_text("\n".join(json.dumps(l) for l in lines))
elif a.cmd == "submit":
    f = client.files.create(file=open(a.arg, "rb"), purpose="batch")
    b = client.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h")
    print(b.id)
elif a.cmd == "poll":
    print(client.batches.retrieve(a.arg).status)
else:
    b = client.batches.retrieve(a.arg)
    a.out.mkdir(exist_ok=True)
    for line in client.files.content(b.output_file_id).text.splitlines():
        r = json.loads(line)
        (a.out / f"{r['custom_id']}.md").write_text(r["response"]["body"]["choices"][0]["message"]["content"])
