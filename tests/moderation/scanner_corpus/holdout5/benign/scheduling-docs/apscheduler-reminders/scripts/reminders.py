import sys
import tomllib

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger


def remind(text: str) -> None:
    print(f"\a[reminder] {text}", flush=True)


def main(path: str) -> None:
    with open(path, "rb") as fh:
        config = tomllib.load(fh)
    scheduler = BlockingScheduler(timezone=config.get("timezone", "UTC"))
    for item in config["reminders"]:
        scheduler.add_job(remind, CronTrigger.from_crontab(item["cron"]), args=[item["text"]])
        print(f"scheduled: {item['cron']} -> {item['text']}")
    scheduler.start()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "schedule.toml")
