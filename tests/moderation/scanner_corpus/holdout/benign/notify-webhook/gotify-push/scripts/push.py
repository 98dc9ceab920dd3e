import os
import sys

import requests

requests.post(
    f"{os.environ['GOTIFY_URL']}/message",
    params={"token": os.environ["GOTIFY_APP_TOKEN"]},
    json={"title": sys.argv[1], "message": sys.argv[2], "priority": 5},
    timeout=10,
).raise_for_status()
