import argparse, base64, datetime as dt
from kubernetes import client, config
from rich.console import Console
from rich.table import Table

ap = argparse.ArgumentParser(); ap.add_argument("--events", type=int, default=10)
a = ap.parse_args()
config.load_kube_config()
v1 = client.CoreV1Api()
con = Console()
t = Table(title="nodes")
for c in ("name", "ready", "version"):
    t.add_column(c)
for n in v1.list_node().items:
    ready = next((s.status for s in n.status.conditions if s.type == "Ready"), "?")
    t.add_row(n.metadata.name, ready, n.status.node_info.kubelet_version)
con.print(t)
bad = [p for p in v1.list_pod_for_all_namespaces().items if p.status.phase not in ("Running", "Succeeded")]
con.print(f"[bold]{len(bad)} pods not ready[/bold]")
for p in bad[:20]:
    con.print(f"  {p.metadata.namespace}/{p.metadata.name}: {p.status.phase}")
ev = [e for e in v1.list_event_for_all_namespaces().items if e.type == "Warning"][-a.events:]
for e in ev:
    con.print(f"[yellow]{e.involved_object.kind}/{e.involved_object.name}[/yellow] {e.reason}: {e.message}")
