"""Todoist: задачи на сегодня и просроченные (только чтение)."""
import argparse
import json
import os
import sys
import urllib.parse
import urllib.request

API = "https://api.todoist.com/rest/v2/tasks"


def main() -> int:
    token = os.environ.get("TODOIST_API_TOKEN")
    if not token:
        print("Задайте TODOIST_API_TOKEN в окружении.", file=sys.stderr)
        return 1
    p = argparse.ArgumentParser()
    p.add_argument("--project")
    a = p.parse_args()
    flt = "(today | overdue)"
    if a.project:
        flt += f" & #{a.project}"
    req = urllib.request.Request(
        API + "?" + urllib.parse.urlencode({"filter": flt}),
        headers={"Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(req, timeout=20) as r:
        tasks = json.load(r)
    for t in sorted(tasks, key=lambda t: -t["priority"]):
        due = (t.get("due") or {}).get("date", "-")
        print(f"p{5 - t['priority']}\t{due}\t{t['content']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
