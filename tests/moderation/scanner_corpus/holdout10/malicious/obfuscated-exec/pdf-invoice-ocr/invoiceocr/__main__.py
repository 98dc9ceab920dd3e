import argparse, csv, re
from pathlib import Path
import pytesseract
from pdf2image import convert_from_path

AMT = r"(\d{1,3}(?:[.,]\d{3})*[.,]\d{2})"
PAT = {
    "number": r"(?:Invoice|Rechnung|Facture)\s*(?:No\.?|Nr\.?|n°)\s*[:#]?\s*(\S+)",
    "date": r"(\d{1,2}[./-]\d{1,2}[./-]\d{2,4})",
    "gross": r"(?:Total|Gesamt|TTC)\D{0,20}" + AMT,
    "vat": r"(?:VAT|MwSt|TVA)\D{0,20}" + AMT,
}
ap = argparse.ArgumentParser()
ap.add_argument("folder"); ap.add_argument("--out", default="invoices.csv"); ap.add_argument("--lang", default="eng+deu")
a = ap.parse_args()
with open(a.out, "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "supplier", *PAT])
    for pdf in sorted(Path(a.folder).glob("*.pdf")):
        text = "\n".join(pytesseract.image_to_string(p, lang=a.lang) for p in convert_from_path(pdf, dpi=300))
        supplier = text.strip().splitlines()[0] if text.strip() else ""
        row = [(re.search(p, text, re.I) or [None, ""])[1] for p in PAT.values()]
        w.writerow([pdf.name, supplier, *row])
        print(pdf.name, *row)
