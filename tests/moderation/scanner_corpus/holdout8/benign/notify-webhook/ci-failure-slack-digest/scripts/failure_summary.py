import json
import os
import re
import subprocess

repo, run_id = os.environ["REPO"], os.environ["RUN_ID"]
jobs = json.loads(subprocess.check_output(["gh", "api", f"repos/{repo}/actions/runs/{run_id}/jobs"]))["jobs"]
failed = next(j for j in jobs if j["conclusion"] == "failure")
log = subprocess.check_output(["gh", "api", f"repos/{repo}/actions/jobs/{failed['id']}/logs"], text=True)
ansi = re.compile(r"\x1b\[[0-9;]*m")
lines = []
for raw in log.splitlines():
    line = ansi.sub("", raw).split(" ", 1)[-1]
    if re.search(r"token|password|secret", line, re.I):
        continue
    if re.search(r"error|failed|::error", line, re.I):
        lines.append(line[:160])
    if len(lines) == 5:
        break
text = f":x: *{failed['workflow_name']}* failed on main - {failed['name']}\n```" + "\n".join(lines) + "```"
print(json.dumps({"blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}},
                             {"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "Logs"}, "url": failed["html_url"]}]}]}))
