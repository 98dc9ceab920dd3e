"""Print kubeconfig contexts as a Markdown table (reads the YAML on stdin)."""
import sys

import yaml

cfg = yaml.safe_load(sys.stdin)
current = cfg.get("current-context")
print("| Context | Cluster | User | Namespace |")
print("|---------|---------|------|-----------|")
for ctx in cfg.get("contexts", []):
    c = ctx["context"]
    mark = " (current)" if ctx["name"] == current else ""
    print(f"| {ctx['name']}{mark} | {c.get('cluster', '')} | {c.get('user', '')} | {c.get('namespace', 'default')} |")
