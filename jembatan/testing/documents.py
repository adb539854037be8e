"""Real documents for tests: PDFs and Office files as people's computers make them, with the
author's name in every place a program writes it."""

from __future__ import annotations

import io
import zipfile

import pikepdf
from PIL import Image

AUTHOR = "Siti Pelapor Rahasia"


def minimal_pdf(text: str = "") -> bytes:
    """A valid one-page PDF with nothing identifying in it."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    if text:
        pdf.pages[0].obj["/Contents"] = pdf.make_stream(
            f"BT /F1 12 Tf 10 100 Td ({text}) Tj ET".encode())
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def pdf_with_author_and_scripts() -> bytes:
    """What a word processor and a malicious sender leave in a PDF: Info, XMP, JavaScript run on
    opening, a launch action on a link, a page action, an embedded file and an XFA form."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    pdf.docinfo["/Author"] = AUTHOR
    pdf.docinfo["/Creator"] = "Microsoft Word - laptop-siti"
    pdf.docinfo["/Producer"] = "PDF Pelapor 1.0"
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = [AUTHOR]
        meta["xmp:CreatorTool"] = "laptop-siti"
    script = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Action, S=pikepdf.Name.JavaScript,
        JS=pikepdf.String("app.launchURL('https://pelacak.example/?id=1');")))
    pdf.Root.OpenAction = script
    pdf.Root.Names = pikepdf.Dictionary(
        JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("init"), script])),
        EmbeddedFiles=pikepdf.Dictionary(Names=pikepdf.Array([
            pikepdf.String("identitas.txt"),
            pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Filespec, F=pikepdf.String("identitas.txt"),
                EF=pikepdf.Dictionary(F=pdf.make_stream(f"Nama: {AUTHOR}".encode())))),
        ])),
    )
    pdf.Root.AcroForm = pikepdf.Dictionary(
        Fields=pikepdf.Array(), XFA=pdf.make_stream(b"<xdp:xdp><script>x()</script></xdp:xdp>"))
    page = pdf.pages[0].obj
    page.AA = pikepdf.Dictionary(O=script)
    page.Annots = pdf.make_indirect(pikepdf.Array([
        pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 50, 50],
            A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe")))),
        pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[50, 0, 100, 50],
            A=pikepdf.Dictionary(S=pikepdf.Name.URI,
                                 URI=pikepdf.String("https://wonosobokab.go.id/")))),
    ]))
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


def phone_photo() -> bytes:
    """A JPEG as a phone takes it: camera and GPS position in its EXIF, a comment."""
    exif = Image.Exif()
    exif[0x010F] = "Contoh Kamera"  # Make
    exif[0x8825] = {1: "S", 2: (7.0, 21.0, 36.0), 3: "E", 4: (109.0, 54.0, 0.0)}  # GPSInfo
    photo = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(photo, format="JPEG", exif=exif,
                                                   comment=AUTHOR.encode())
    return photo.getvalue()


def pdf_with_a_phone_photo() -> bytes:
    """A scan made by a phone app: the page is the photo as taken, camera and GPS in its EXIF."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(40, 30))
    image = pdf.make_stream(phone_photo(), Type=pikepdf.Name.XObject,
                            Subtype=pikepdf.Name.Image, Width=40, Height=30,
                            ColorSpace=pikepdf.Name.DeviceRGB, BitsPerComponent=8,
                            Filter=pikepdf.Name.DCTDecode)
    page = pdf.pages[0]
    page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.obj.Contents = pdf.make_stream(b"q 40 0 0 30 0 0 cm /Im0 Do Q")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def docx_with_author() -> bytes:
    """A DOCX (word/ right after the content types, as Word writes it and as type sniffing
    expects) with a phone photo pasted in, the author, last editor, company, a custom property
    and a tracked change."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("word/document.xml", (
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:bookmarkStart w:id="0" w:name="awal"/>'
            f'<w:ins w:id="1" w:author="{AUTHOR}" w:date="2026-12-01T08:00:00Z"><w:r><w:t>'
            'Jalan rusak</w:t></w:r></w:ins></w:body></w:document>'))
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        archive.writestr("word/media/image1.jpeg", phone_photo())
        archive.writestr("docProps/core.xml", (
            '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:creator>{AUTHOR}</dc:creator><cp:lastModifiedBy>{AUTHOR}</cp:lastModifiedBy>'
            '</cp:coreProperties>'))
        archive.writestr("docProps/app.xml", (
            '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
            'officeDocument/2006/extended-properties"><Company>Kantor Desa Kreo</Company>'
            '</Properties>'))
        archive.writestr("docProps/custom.xml", (
            '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/custom-properties"><property name="NIK">{AUTHOR}</property>'
            '</Properties>'))
    return out.getvalue()
