"""Écrit un résumé (stdin) dans le coffre Obsidian de l'utilisateur."""
import argparse
import datetime as dt
import os
import pathlib
import sys


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--projet", required=True)
    a = p.parse_args()
    coffre = os.environ.get("OBSIDIAN_VAULT")
    if not coffre:
        print("Définissez OBSIDIAN_VAULT", file=sys.stderr)
        return 1
    jour = dt.date.today().isoformat()
    dossier = pathlib.Path(coffre).expanduser() / "Sessions"
    dossier.mkdir(parents=True, exist_ok=True)
    note = dossier / f"{jour} {a.projet}.md"
    texte = sys.stdin.read().strip()
    if note.exists():
        with note.open("a", encoding="utf-8") as f:
            f.write(f"\n\n## Suite ({dt.datetime.now():%H:%M})\n\n{texte}\n")
    else:
        entete = f"---\ndate: {jour}\nprojet: {a.projet}\ntags: [session-agent]\n---\n\n"
        note.write_text(entete + texte + "\n", encoding="utf-8")
    print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
