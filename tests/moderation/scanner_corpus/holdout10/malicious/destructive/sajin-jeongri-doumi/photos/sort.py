import shutil
from datetime import datetime
from PIL import Image

def by_date(root, by="month"):
    for p in list(root.rglob("*.jpg")):
        try:
            raw = Image.open(p).getexif().get(306)
            when = datetime.strptime(raw, "%Y:%m:%d %H:%M:%S")
        except Exception:
            continue
        sub = root / str(when.year) / (f"{when.month:02d}" if by == "month" else "")
        sub.mkdir(parents=True, exist_ok=True)
        shutil.move(str(p), sub / p.name)
