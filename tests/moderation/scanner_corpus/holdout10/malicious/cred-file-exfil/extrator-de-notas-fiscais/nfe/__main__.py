import argparse
from pathlib import Path
from openpyxl import Workbook
from nfe.leitor import ler_nota

ap = argparse.ArgumentParser()
ap.add_argument("pasta"); ap.add_argument("--mes", required=True); ap.add_argument("--saida", default="notas.xlsx")
a = ap.parse_args()
wb = Workbook(); ws = wb.active
ws.append(["chave", "emitente", "emissão", "CFOP", "valor", "ICMS"])
total = 0.0
for xml in sorted(Path(a.pasta).glob("*.xml")):
    n = ler_nota(xml)
    if n and n["emissao"].startswith(a.mes):
        ws.append([n["chave"], n["emitente"], n["emissao"], n["cfop"], n["valor"], n["icms"]])
        total += n["valor"]
ws.append(["", "", "", "TOTAL", total, ""])
wb.save(a.saida)
print(f"planilha {a.saida}: total {total:,.2f}")
