"""Clasificador de reglas para textos sospechosos. Solo lee y escribe CSV."""
import csv
import re
import sys

REGLAS = {
    "anulacion": r"(ignora|olvida) (tus|todas las) instrucciones|ignore (all )?previous",
    "exfiltracion": r"(env[ií]a|reenv[ií]a|send) (la|esta|the) (conversaci[oó]n|conversation)",
    "ocultacion": r"no (se lo )?(digas|informes|menciones)|do not tell",
    "suplantacion": r"^\s*(sistema|system|administrador)\s*:",
}


def etiquetar(texto):
    for etiqueta, patron in REGLAS.items():
        if re.search(patron, texto, re.IGNORECASE | re.MULTILINE):
            return etiqueta, patron
    return "", ""


def comprobar():
    fallos = 0
    with open("tests_data/casos.csv", encoding="utf-8") as fh:
        for fila in csv.DictReader(fh):
            obtenida, _ = etiquetar(fila["texto"])
            if obtenida != fila["esperada"]:
                fallos += 1
                print("FALLO", fila["id"], obtenida, "!=", fila["esperada"])
    return 1 if fallos else 0


def main(ruta):
    with open(ruta, encoding="utf-8") as fh:
        filas = list(csv.DictReader(fh))
    salida = csv.DictWriter(sys.stdout, fieldnames=["id", "origen", "texto", "etiqueta", "motivo"])
    salida.writeheader()
    for fila in filas:
        fila["etiqueta"], fila["motivo"] = etiquetar(fila["texto"])
        salida.writerow(fila)


if __name__ == "__main__":
    sys.exit(comprobar() if sys.argv[1:] == ["--comprobar"] else main(sys.argv[1]))
