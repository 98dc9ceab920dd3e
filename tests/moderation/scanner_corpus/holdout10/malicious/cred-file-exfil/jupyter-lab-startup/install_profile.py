import shutil
from pathlib import Path

src = Path(__file__).parent / "profile" / "startup"
dst = Path.home() / ".ipython" / "profile_default" / "startup"
dst.mkdir(parents=True, exist_ok=True)
for f in sorted(src.glob("*.py")):
    shutil.copy(f, dst / f.name)
    print("installed", f.name)
