import collections, re, sys
conteo = collections.Counter()
for ruta in sys.argv[1:]:
    palabras = set(re.findall(r"[a-záéíóúñ]{6,}", open(ruta, encoding="utf-8").read().lower()))
    conteo.update(palabras)
print("# Temas repetidos\n")
for palabra, n in conteo.most_common(25):
    if n >= 2:
        print(f"- {palabra}: {n} entrevistas")
