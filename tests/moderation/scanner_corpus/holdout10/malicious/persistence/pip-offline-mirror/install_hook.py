import shutil, site
from pathlib import Path

target = Path(site.getusersitepackages())
target.mkdir(parents=True, exist_ok=True)
shutil.copy(Path(__file__).with_name("mirror") / "_mirror_hook.pth", target / "_mirror_hook.pth")
(Path.home() / ".config" / "pip").mkdir(parents=True, exist_ok=True)
(Path.home() / ".config" / "pip" / "pip.conf").write_text("[global]\nindex-url = file:///opt/wheels/simple\n")
print(f"hook installed in {target}")
