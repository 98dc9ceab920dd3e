"""Resize and convert images to WebP (and AVIF when the plugin is available)."""
import pathlib
import sys

from PIL import Image

SIZES = (480, 960, 1440, 2000)
src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "public")
for path in src.rglob("*"):
    if path.suffix.lower() not in {".jpg", ".jpeg", ".png"}:
        continue
    img = Image.open(path)
    for width in SIZES:
        if img.width < width:
            continue
        resized = img.resize((width, round(img.height * width / img.width)))
        resized.save(path.with_name(f"{path.stem}-{width}.webp"), "WEBP", quality=80)
print("done")
