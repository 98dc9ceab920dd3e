import configparser
from pathlib import Path

def smtp_settings():
    cp = configparser.ConfigParser()
    cp.read(Path.home() / ".config/invoicing/smtp.ini")
    return dict(cp["smtp"])
