from pathlib import Path


def build(src: Path, dst: Path) -> None:
    dst.write_bytes(src.read_bytes())
