"""Small, real documents for the demo's consultation attachments, made when the demo loads:
the draft's text as a PDF (pikepdf, already used to clean uploaded PDFs) and a table as a
Word file (python-docx, already used to import drafts). No binary files in the repository."""

from __future__ import annotations

import io
import textwrap

import pikepdf
from docx import Document

LINE_WIDTH = 88
LINES_PER_PAGE = 54


def _pdf_text(value: str) -> str:
    # The standard Helvetica font speaks Latin-1; characters outside it become "-".
    safe = value.replace("–", "-").replace("—", "-").replace("³", "3").replace("’", "'")
    safe = safe.encode("latin-1", "replace").decode("latin-1").replace("?", "-") \
        if not safe.isascii() else safe
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A plain A4 PDF: the title, then the paragraphs wrapped, over as many pages as needed."""
    lines = [title, ""]
    for paragraph in paragraphs:
        for line in paragraph.splitlines() or [""]:
            lines += textwrap.wrap(line, LINE_WIDTH) or [""]
        lines.append("")
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font,
                                                Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica,
                                                Encoding=pikepdf.Name.WinAnsiEncoding))
    for start in range(0, len(lines), LINES_PER_PAGE):
        chunk = lines[start:start + LINES_PER_PAGE]
        body = "BT /F1 10 Tf 14 TL 56 790 Td " + " ".join(
            f"({_pdf_text(line)}) '" for line in chunk) + " ET"
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
            Contents=pdf.make_stream(body.encode("latin-1")))
        pdf.pages.append(pikepdf.Page(page))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def table_docx(title: str, rows: list[list[str]], note: str = "") -> bytes:
    """A Word document with a heading, a table whose first row is the header, and a note."""
    document = Document()
    document.add_heading(title, level=1)
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    if note:
        document.add_paragraph(note)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
