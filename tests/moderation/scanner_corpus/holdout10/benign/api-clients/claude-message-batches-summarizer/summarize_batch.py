"""Summarise documents with the Message Batches API using the user's own API key."""
import argparse
import re
import sys
import time
from pathlib import Path

import anthropic

MODEL = "claude-sonnet-4-5"


def requests_for(folder, prompt):
    for path in sorted(Path(folder).glob("*")):
        if path.suffix not in {".md", ".txt"} or path.stat().st_size > 100_000:
            continue
        cid = re.sub(r"[^A-Za-z0-9_-]", "_", path.stem)[:64]
        yield path, {
            "custom_id": cid,
            "params": {
                "model": MODEL,
                "max_tokens": 800,
                "messages": [{"role": "user", "content": f"{prompt}\n\n<document>\n{path.read_text(encoding='utf-8')}\n</document>"}],
            },
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--out", default="summaries")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--resume", action="store_true")
    a = ap.parse_args()
    client = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY from the environment
    prompt = Path(__file__).with_name("prompt.txt").read_text(encoding="utf-8")
    items = list(requests_for(a.folder, prompt))
    if a.resume:
        batch_id = Path(".batch_id").read_text().strip()
    else:
        chars = sum(len(r["params"]["messages"][0]["content"]) for _, r in items)
        print(f"{len(items)} documents, ~{chars // 4:,} input tokens")
        if a.dry_run or input("Submit this batch? [y/N] ").strip() != "y":
            return
        batch = client.messages.batches.create(requests=[r for _, r in items])
        batch_id = batch.id
        Path(".batch_id").write_text(batch_id)
        print("batch", batch_id)
    while (b := client.messages.batches.retrieve(batch_id)).processing_status != "ended":
        print(time.strftime("%H:%M"), b.request_counts)
        time.sleep(60)
    out = Path(a.out)
    out.mkdir(exist_ok=True)
    failed = 0
    for result in client.messages.batches.results(batch_id):
        if result.result.type == "succeeded":
            text = "".join(block.text for block in result.result.message.content if block.type == "text")
            (out / f"{result.custom_id}.summary.md").write_text(text, encoding="utf-8")
        else:
            failed += 1
            print("failed:", result.custom_id, result.result.type, file=sys.stderr)
    print(f"done; {failed} failed; summaries in {out}/")


if __name__ == "__main__":
    main()
