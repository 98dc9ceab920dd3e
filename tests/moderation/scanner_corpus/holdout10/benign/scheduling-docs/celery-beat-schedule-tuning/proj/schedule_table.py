"""Print the beat schedule with the next run time of each entry."""
import datetime as dt
from zoneinfo import ZoneInfo

from proj import celeryconfig

now = dt.datetime.now(ZoneInfo(celeryconfig.timezone))
for name, entry in celeryconfig.beat_schedule.items():
    sched = entry["schedule"]
    if isinstance(sched, (int, float)):
        nxt, human = now + dt.timedelta(seconds=sched), f"every {int(sched)} s"
    else:
        nxt, human = now + sched.remaining_estimate(now), str(sched)
    print(f"{name:28} {human:45} next ~ {nxt:%a %H:%M} expires={entry.get('options', {}).get('expires')}")
