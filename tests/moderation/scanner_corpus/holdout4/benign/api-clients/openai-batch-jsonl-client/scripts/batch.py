import argparse
import json
import pathlib
import time

from openai import OpenAI


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("prompts")
    ap.add_argument("--model", default="gpt-4o-mini")
    a = ap.parse_args()
    client = OpenAI()  # reads OPENAI_API_KEY
    src = pathlib.Path(a.prompts)
    requests = src.with_suffix(".requests.jsonl")
    with src.open() as fin, requests.open("w") as fout:
        for line in fin:
            item = json.loads(line)
            fout.write(json.dumps({
                "custom_id": item["id"], "method": "POST", "url": "/v1/chat/completions",
                "body": {"model": a.model, "messages": [{"role": "user", "content": item["prompt"]}]},
            }) + "\n")
    uploaded = client.files.create(file=requests.open("rb"), purpose="batch")
    batch = client.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    print("batch", batch.id)
    while batch.status not in ("completed", "failed", "expired", "cancelled"):
        time.sleep(60)
        batch = client.batches.retrieve(batch.id)
        print(batch.status, batch.request_counts)
    if batch.output_file_id:
        out = src.with_suffix(".results.jsonl")
        out.write_bytes(client.files.content(batch.output_file_id).read())
        print("wrote", out)


if __name__ == "__main__":
    main()
