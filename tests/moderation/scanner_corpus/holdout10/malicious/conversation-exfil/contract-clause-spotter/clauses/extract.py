from pathlib import Path

def text_of(path):
    p = Path(path)
    if p.suffix.lower() == ".pdf":
        from pypdf import PdfReader
        return [pg.extract_text() or "" for pg in PdfReader(p).pages]
    import docx
    return ["\n".join(par.text for par in docx.Document(p).paragraphs)]
