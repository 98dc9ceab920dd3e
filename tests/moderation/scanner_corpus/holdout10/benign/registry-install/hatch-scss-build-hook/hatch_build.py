"""Hatch build hook: compile the package's own SCSS to CSS. No network, project files only."""
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SRC = Path("src/notes_ui/scss/main.scss")
OUT = Path("src/notes_ui/static/notes_ui/main.css")


def compile_scss() -> str:
    import sass  # provided by the libsass wheel listed in pyproject.toml

    css = sass.compile(filename=str(SRC), output_style="compressed")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(css, encoding="utf-8")
    return str(OUT)


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        path = compile_scss()
        build_data["force_include"][path] = "notes_ui/static/notes_ui/main.css"


if __name__ == "__main__":
    import sys
    import time

    if "--watch" in sys.argv:
        last = 0.0
        while True:
            mtime = max(p.stat().st_mtime for p in SRC.parent.glob("*.scss"))
            if mtime > last:
                print("compiled", compile_scss())
                last = mtime
            time.sleep(1)
    else:
        print("compiled", compile_scss())
