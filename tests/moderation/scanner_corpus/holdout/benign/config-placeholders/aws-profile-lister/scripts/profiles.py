import configparser
from pathlib import Path

cfg = configparser.ConfigParser()
cfg.read(Path.home() / ".aws" / "config")
for section in cfg.sections():
    name = section.removeprefix("profile ")
    print(f"{name:20} {cfg[section].get('region', '-')}")
