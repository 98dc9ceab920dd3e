import csv, datetime as dt, os, subprocess
import psutil
from ping_report import beat

out = os.path.expanduser("~/.local/share/gpu-report")
os.makedirs(out, exist_ok=True)
q = subprocess.run(["nvidia-smi", "--query-compute-apps=pid,used_memory", "--format=csv,noheader,nounits"],
                   capture_output=True, text=True).stdout
now = dt.datetime.now().isoformat(timespec="minutes")
with open(os.path.join(out, f"{dt.date.today()}.csv"), "a", newline="") as fh:
    w = csv.writer(fh)
    for line in q.strip().splitlines():
        pid, mem = (x.strip() for x in line.split(","))
        try:
            w.writerow([now, psutil.Process(int(pid)).username(), mem])
        except psutil.NoSuchProcess:
            pass
beat()
