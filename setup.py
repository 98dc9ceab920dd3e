"""Build step that pyproject.toml cannot express: the site's templates/, static/ and locale/
folders (at the top of the source tree, where Django's conventions and this repository keep
them) are copied into the wheel as `marketplace/site/templates`, `.../static` and
`.../locale` (the compiled Korean catalogue), so `pip install .` gives an app with its pages,
assets and languages (marketplace.settings finds them there when it does not run from a
source checkout). Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SITE_FOLDERS = ("templates", "static", "locale")


class BuildPyWithSite(build_py):
    def run(self):
        super().run()
        for name in SITE_FOLDERS:
            target = Path(self.build_lib) / "marketplace" / "site" / name
            shutil.copytree(ROOT / name, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithSite})
