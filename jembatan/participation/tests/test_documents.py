"""Sections from Markdown, Word and OpenDocument files: each heading starts a section."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError

from jembatan.participation.documents import sections_from_document


def test_markdown_headings_become_sections_and_text_before_them_an_introduction():
    source = (b"Rancangan ini disusun oleh DLH.\n\n# BAB I KETENTUAN UMUM\n\nPasal 1\n\n"
              b"- satu\n- dua\n\n## Pasal 2\n\nTarif Rp5.000.\n")
    sections = sections_from_document(filename="draf.md", data=source)
    assert [title for title, _ in sections] == ["Pengantar", "BAB I KETENTUAN UMUM", "Pasal 2"] \
        or [title for title, _ in sections] == ["Introduction", "BAB I KETENTUAN UMUM",
                                                 "Pasal 2"]
    assert sections[1][1] == "Pasal 1\n\n- satu\n- dua"


def test_docx_headings_become_sections():
    import docx

    document = docx.Document()
    document.add_heading("Latar Belakang", level=1)
    document.add_paragraph("Kawasan Dieng menerima 1 juta wisatawan.")
    document.add_heading("Arah Kebijakan", level=2)
    document.add_paragraph("Pembatasan kendaraan pribadi.")
    buffer = io.BytesIO()
    document.save(buffer)
    sections = sections_from_document(filename="ripparda.docx", data=buffer.getvalue())
    assert sections == [("Latar Belakang", "Kawasan Dieng menerima 1 juta wisatawan."),
                        ("Arah Kebijakan", "Pembatasan kendaraan pribadi.")]


def test_odt_headings_become_sections():
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Prioritas Musrenbang"))
    document.text.addElement(P(text="Usulan dari 15 kecamatan."))
    buffer = io.BytesIO()
    document.write(buffer)
    sections = sections_from_document(filename="musrenbang.odt", data=buffer.getvalue())
    assert sections == [("Prioritas Musrenbang", "Usulan dari 15 kecamatan.")]


@pytest.mark.parametrize(("name", "data"), [("x.pdf", b"%PDF"), ("x.docx", b"not a zip"),
                                            ("x.md", b"")])
def test_unreadable_or_unknown_documents_are_refused(name, data):
    with pytest.raises(ValidationError):
        sections_from_document(filename=name, data=data)
