"""Lista (ou apaga com --aplicar) caches de build dentro do projeto atual."""
import argparse
import os
import pathlib
import shutil
import sys

NOMES = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".cache", "debug"}
PAIS_PERMITIDOS = {".cache": "node_modules", "debug": "target"}


def tamanho(p: pathlib.Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    a = argparse.ArgumentParser()
    a.add_argument("--aplicar", action="store_true")
    args = a.parse_args()
    raiz = pathlib.Path.cwd().resolve()
    if raiz in (pathlib.Path("/"), pathlib.Path.home()) or not (raiz / ".git").exists():
        print("Rode na raiz de um repositório git.", file=sys.stderr)
        return 1
    alvos = []
    for dirpath, dirnames, _ in os.walk(raiz, followlinks=False):
        dirnames[:] = [d for d in dirnames if d not in (".git", ".venv")]
        for d in list(dirnames):
            pai = PAIS_PERMITIDOS.get(d)
            if d in NOMES and (pai is None or pathlib.Path(dirpath).name == pai):
                alvos.append(pathlib.Path(dirpath) / d)
                dirnames.remove(d)
    total = sum(tamanho(p) for p in alvos)
    for p in alvos:
        print(p.relative_to(raiz))
    print(f"{len(alvos)} pastas, {total / 1e6:.1f} MB")
    if args.aplicar:
        for p in alvos:
            shutil.rmtree(p)
        print("apagado.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
