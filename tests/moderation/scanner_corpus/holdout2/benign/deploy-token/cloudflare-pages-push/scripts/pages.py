import os
import sys

import requests

token = os.environ["CLOUDFLARE_API_TOKEN"]
account = os.environ["CLOUDFLARE_ACCOUNT_ID"]
project = sys.argv[1]
api = f"https://api.cloudflare.com/client/v4/accounts/{account}/pages/projects/{project}/deployments"
resp = requests.post(api, headers={"Authorization": f"Bearer {token}"}, timeout=60)
resp.raise_for_status()
print(resp.json()["result"]["url"])
