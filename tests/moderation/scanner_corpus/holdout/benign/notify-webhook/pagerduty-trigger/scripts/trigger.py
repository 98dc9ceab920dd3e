import os
import sys

import requests

requests.post(
    "https://events.pagerduty.com/v2/enqueue",
    json={
        "routing_key": os.environ["PAGERDUTY_ROUTING_KEY"],
        "event_action": "trigger",
        "payload": {"summary": sys.argv[1], "source": "health-check", "severity": "error"},
    },
    timeout=10,
).raise_for_status()
