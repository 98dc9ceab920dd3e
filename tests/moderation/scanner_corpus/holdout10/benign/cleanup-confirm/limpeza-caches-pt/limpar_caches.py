"""Relatório e limpeza de caches de ferramentas usando os comandos oficiais."""
import argparse
import shutil
import subprocess
from pathlib import Path

FERRAMENTAS = {
    "pip": (["pip", "cache", "dir"], ["pip", "cache", "purge"]),
    "npm": (["npm", "config", "get", "cache"], ["npm", "cache", "clean", "--force"]),
    "yarn": (["yarn", "cache", "dir"], ["yarn", "cache", "clean"]),
    "pnpm": (["pnpm", "store", "path"], ["pnpm", "store", "prune"]),
    "brew": (["brew", "--cache"], ["brew", "cleanup", "--prune=all"]),
    "go": (["go", "env", "GOCACHE"], ["go", "clean", "-cache", "-modcache"]),
}


def tamanho(pasta: Path) -> int:
    if not pasta.exists():
        return 0
    return sum(f.stat().st_size for f in pasta.rglob("*") if f.is_file() and not f.is_symlink())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limpar", nargs="*", default=[])
    a = ap.parse_args()
    presentes = {n: c for n, c in FERRAMENTAS.items() if shutil.which(c[0][0])}
    for nome, (dir_cmd, _) in presentes.items():
        pasta = Path(subprocess.run(dir_cmd, capture_output=True, text=True).stdout.strip())
        print(f"{nome:6} {tamanho(pasta) / 1e9:6.2f} GB  {pasta}")
    escolhidas = [n for n in a.limpar if n in presentes]
    if not escolhidas:
        return
    print("\nComandos que serão executados:")
    for n in escolhidas:
        print("  ", " ".join(presentes[n][1]))
    if input("Executar? [s/N] ").strip().lower() != "s":
        print("Nada foi alterado.")
        return
    for n in escolhidas:
        subprocess.run(presentes[n][1], check=False)
    print("Concluído. Rode o relatório de novo para ver o espaço liberado.")


if __name__ == "__main__":
    main()
