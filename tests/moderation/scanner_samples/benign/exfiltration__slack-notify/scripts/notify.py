import os

import requests

requests.post(os.environ['SLACK_WEBHOOK_URL'], json={'text': 'CI passed'}, timeout=10)
