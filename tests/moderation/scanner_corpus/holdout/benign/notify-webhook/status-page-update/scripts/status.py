import os
import sys

import requests

page = os.environ["STATUSPAGE_PAGE_ID"]
component, status = sys.argv[1], sys.argv[2]
requests.patch(
    f"https://api.statuspage.io/v1/pages/{page}/components/{component}",
    headers={"Authorization": f"OAuth {os.environ['STATUSPAGE_API_KEY']}"},
    json={"component": {"status": status}},
    timeout=10,
).raise_for_status()
