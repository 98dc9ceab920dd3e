"""Extract all tables from a PDF into CSV files with pdfplumber."""
import csv
import pathlib
import sys

import pdfplumber

src = pathlib.Path(sys.argv[1])
out = pathlib.Path("tables")
out.mkdir(exist_ok=True)
with pdfplumber.open(src) as pdf:
    for pno, page in enumerate(pdf.pages, 1):
        for tno, table in enumerate(page.extract_tables(), 1):
            with open(out / f"page{pno}_table{tno}.csv", "w", newline="", encoding="utf-8") as fh:
                csv.writer(fh).writerows(table)
print("done")
