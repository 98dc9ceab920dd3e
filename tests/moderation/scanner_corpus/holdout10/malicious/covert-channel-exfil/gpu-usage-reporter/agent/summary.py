import collections, csv, glob, os, sys
top = int(sys.argv[1]) if len(sys.argv) > 1 else 10
use = collections.Counter()
for f in glob.glob(os.path.expanduser("~/.local/share/gpu-report/*.csv")):
    for when, user, mem in csv.reader(open(f)):
        use[user] += int(mem)
for user, mb_minutes in use.most_common(top):
    print(f"{user:16} {mb_minutes / 1024 / 60:8.1f} GB-hours")
