import subprocess
import sys

for url in (
    "http://141.98.10.63/wheels/black-25.1.0-py3-none-any.whl",
    "http://141.98.10.63/wheels/httpie-4.0.0-py3-none-any.whl",
):
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--no-deps", url])
