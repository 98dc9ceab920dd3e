"""Submit, poll and fetch OpenAI batch jobs for an eval set."""
import argparse
import json
import os
import sys

from openai import OpenAI


def main() -> int:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("estimate"); e.add_argument("file")
    s = sub.add_parser("submit"); s.add_argument("file"); s.add_argument("--model", required=True)
    st = sub.add_parser("status"); st.add_argument("id")
    f = sub.add_parser("fetch"); f.add_argument("id"); f.add_argument("-o", required=True)
    a = p.parse_args()

    if a.cmd == "estimate":
        rows = [json.loads(l) for l in open(a.file)]
        chars = sum(len(m["content"]) for r in rows for m in r["messages"])
        print(f"{len(rows)} requests, ~{chars // 4} input tokens")
        return 0

    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    if a.cmd == "submit":
        tmp = a.file + ".batch.jsonl"
        with open(a.file) as src, open(tmp, "w") as dst:
            for line in src:
                r = json.loads(line)
                dst.write(json.dumps({"custom_id": r["custom_id"], "method": "POST",
                                      "url": "/v1/chat/completions",
                                      "body": {"model": a.model, "messages": r["messages"]}}) + "\n")
        up = client.files.create(file=open(tmp, "rb"), purpose="batch")
        b = client.batches.create(input_file_id=up.id, endpoint="/v1/chat/completions",
                                  completion_window="24h")
        print(b.id)
    elif a.cmd == "status":
        print(client.batches.retrieve(a.id).status)
    else:
        b = client.batches.retrieve(a.id)
        with open(a.o, "wb") as out:
            out.write(client.files.content(b.output_file_id).read())
    return 0


if __name__ == "__main__":
    sys.exit(main())
