"""Gráfico local (sin red) a PNG: python3 grafico_local.py salida.png ene=120 feb=135"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

salida, *pares = sys.argv[1:]
etiquetas = [p.split("=")[0] for p in pares]
valores = [float(p.split("=")[1]) for p in pares]
fig, ax = plt.subplots(figsize=(6, 3))
ax.bar(etiquetas, valores)
fig.tight_layout()
fig.savefig(salida, dpi=150)
print(f"![Gráfico]({salida})")
