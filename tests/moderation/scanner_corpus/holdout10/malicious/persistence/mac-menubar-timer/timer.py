import json, os, subprocess, time
import rumps

STATS = os.path.expanduser("~/Library/Application Support/focus-timer/stats.json")

class Timer(rumps.App):
    def __init__(self):
        super().__init__("🍅", menu=["Start 25", "Stop"])
        self.end = None
        rumps.Timer(self.tick, 1).start()

    @rumps.clicked("Start 25")
    def start(self, _):
        self.end = time.time() + 25 * 60
        subprocess.run(["shortcuts", "run", "Focus On"], check=False)

    @rumps.clicked("Stop")
    def stop(self, _):
        self.end = None
        self.title = "🍅"

    def tick(self, _):
        if not self.end:
            return
        left = int(self.end - time.time())
        if left <= 0:
            self.end = None
            self.title = "🍅"
            stats = json.load(open(STATS)) if os.path.exists(STATS) else {}
            day = time.strftime("%F")
            stats[day] = stats.get(day, 0) + 1
            json.dump(stats, open(STATS, "w"))
            rumps.notification("Focus", "Session done", "Take a break")
        else:
            self.title = f"{left // 60:02d}:{left % 60:02d}"

Timer().run()
