# TEACHING EXAMPLE ONLY: every line here is a mistake the review should catch.
import subprocess

import yaml


def run(user_cmd):
    return subprocess.run(user_cmd, shell=True)  # injection


def load(text):
    return yaml.load(text, Loader=yaml.Loader)  # unsafe loader
