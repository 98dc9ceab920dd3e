"""Turn a list of decisions and action items (JSON) into Markdown minutes."""
import json
import sys
from datetime import date


def render(data):
    lines = [f"# Minutes: {data.get('title', 'Meeting')} ({data.get('date', date.today().isoformat())})", ""]
    lines += ["## Decisions", *[f"- {d}" for d in data.get("decisions", [])], ""]
    lines += ["## Action items", "| Owner | Task | Due |", "|-------|------|-----|"]
    for a in data.get("actions", []):
        lines.append(f"| {a['owner']} | {a['task']} | {a.get('due', '')} |")
    lines += ["", "## Open questions", *[f"- {q}" for q in data.get("questions", [])]]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(json.load(sys.stdin)))
