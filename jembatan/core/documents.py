"""Documents lose what identifies their author, and PDFs lose what could run, before storing.

A PDF's Info dictionary (/Author, /Creator, /Producer) and its XMP packet carry the name of the
person who made it and of their computer: an anonymous reporter was once identified through the
/Author of a scanned letter. PDFs can also carry JavaScript, launch actions, embedded files and
form actions that run or phone home when opened. qpdf (through pikepdf) rewrites the file from
its object graph, so whatever is removed here is gone from the bytes, not merely unreferenced.

Office documents (DOCX, PPTX, XLSX) keep the author, the last editor, the company and custom
properties in docProps/*.xml; those parts are replaced by empty ones. A document with macros
(vbaProject.bin) is refused: it cannot be made safe by removing metadata.
"""

from __future__ import annotations

import io
import re
import zipfile

import pikepdf
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Actions that only move within the document or open a web link stay; every other kind (run
# JavaScript, launch a program, submit or import form data, open another file, play media) goes.
SAFE_ACTIONS = {"/GoTo", "/URI", "/Named", "/Thread"}
# Keys that hold active content or private data wherever they appear.
DROPPED_KEYS = ("/AA", "/JS", "/Metadata", "/PieceInfo", "/OpenAction")
DROPPED_NAME_TREES = ("/JavaScript", "/EmbeddedFiles", "/AlternatePresentations")
DROPPED_ANNOTATIONS = {"/FileAttachment", "/Sound", "/Movie", "/Screen", "/RichMedia", "/3D"}

OFFICE_EXTENSIONS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}
OFFICE_TYPES = set(OFFICE_EXTENSIONS)
MAX_OFFICE_MEMBERS = 5_000
MAX_OFFICE_UNPACKED = 200 * 1024 * 1024  # zip bombs: a 20 MB file may unpack to gigabytes
EMPTY_PARTS = {
    "docProps/core.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        b'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"/>'
    ),
    "docProps/app.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'extended-properties"/>'
    ),
    "docProps/custom.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'custom-properties"/>'
    ),
}
# Comment and tracked-change authors are people's names too (w:author="Budi Santoso"); each
# part gets only its own person attributes blanked, so bookmarks and shapes keep their names.
PERSON_ATTRIBUTES = [
    (re.compile(r"^word/(document|comments\w*|people|footnotes|endnotes|header\d*|footer\d*)"
                r"\.xml$"),
     re.compile(rb'(?<![\w:])((?:w1?5?:)?(?:author|initials|userId|providerId))="[^"]*"')),
    (re.compile(r"^ppt/(commentAuthors|authors)\.xml$"),
     re.compile(rb'(?<![\w:])(name|initials|userId|providerId)="[^"]*"')),
    (re.compile(r"^xl/persons/person\.xml$"),
     re.compile(rb'(?<![\w:])(displayName|userId|providerId)="[^"]*"')),
]
OFFICE_PHOTO = re.compile(r"^(word|ppt|xl)/media/[^/]+\.jpe?g$", re.IGNORECASE)
XLSX_COMMENT_AUTHORS = re.compile(rb"<author>[^<]*</author>")
XLSX_COMMENT_PART = re.compile(r"^xl/comments\d*\.xml$")


def _unreadable(name: str) -> ValidationError:
    return ValidationError(
        _("%(name)s could not be checked and cleaned as a PDF document. Save it again as a PDF "
          "(or print it to PDF) and attach it again.") % {"name": name},
        code="bad_pdf",
    )


def strip_pdf(data: bytes, name: str) -> bytes:
    """The PDF without its metadata and without anything that runs, or ValidationError."""
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as error:
        raise ValidationError(
            _("%(name)s is protected with a password. Remove the password and attach it again.")
            % {"name": name},
            code="pdf_password",
        ) from error
    except (pikepdf.PdfError, ValueError, RecursionError) as error:
        raise _unreadable(name) from error
    try:
        with pdf:
            _strip_pdf(pdf)
            out = io.BytesIO()
            # A fresh, content-derived /ID: the original one can link the file to its source.
            pdf.save(out, deterministic_id=True, encryption=False,
                     object_stream_mode=pikepdf.ObjectStreamMode.generate)
            return out.getvalue()
    except (pikepdf.PdfError, ValueError, RecursionError, AttributeError, TypeError,
            KeyError) as error:
        raise _unreadable(name) from error


def _strip_pdf(pdf: pikepdf.Pdf) -> None:
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    root = pdf.Root
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        for key in DROPPED_NAME_TREES:
            if key in names:
                del names[key]
    form = root.get("/AcroForm")
    if isinstance(form, pikepdf.Dictionary) and "/XFA" in form:
        # XFA forms carry their own scripts and are rendered from XML, not from the pages.
        del form["/XFA"]
    for page in pdf.pages:
        annotations = page.obj.get("/Annots")
        if isinstance(annotations, pikepdf.Array):
            kept = [a for a in annotations if not (
                isinstance(a, pikepdf.Dictionary) and a.get("/Subtype") in DROPPED_ANNOTATIONS)]
            if len(kept) != len(annotations):
                page.obj["/Annots"] = pikepdf.Array(kept)
    # Every object, not only the catalogue and the pages: XMP can sit on any image or font,
    # and actions hang off outlines, annotations and form fields at any depth.
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            _strip_dictionary(obj)
        if isinstance(obj, pikepdf.Stream) and _is_jpeg(obj):
            # A phone's scanner app embeds the photo as taken, EXIF and GPS position included.
            cleaned = strip_jpeg_segments(obj.read_raw_bytes())
            if cleaned is not None:
                obj.write(cleaned, filter=pikepdf.Name.DCTDecode)


def _strip_dictionary(obj) -> None:
    for key in DROPPED_KEYS:
        if key in obj:
            del obj[key]
    action = obj.get("/A")
    if isinstance(action, pikepdf.Dictionary) and action.get("/S") not in SAFE_ACTIONS:
        del obj["/A"]
    if "/Next" in obj and ("/S" in obj or obj.get("/Type") == "/Action"):
        # A chained action: its followers may be unsafe even when it is not.
        del obj["/Next"]


def _is_jpeg(stream) -> bool:
    filters = stream.get("/Filter")
    if isinstance(filters, pikepdf.Array):
        filters = filters[0] if len(filters) == 1 else None
    return stream.get("/Subtype") == "/Image" and filters == "/DCTDecode"


# Segments a JPEG may lose without changing a pixel: EXIF and XMP (APP1), Photoshop/IPTC
# (APP13), the other application blocks and comments. JFIF (APP0), the ICC profile (APP2) and
# Adobe's colour transform (APP14) decide how the pixels look, so they stay.
DROPPED_JPEG_MARKERS = {0xE1, *range(0xE3, 0xEE), 0xEF, 0xFE}


def strip_jpeg_segments(data: bytes) -> bytes | None:
    """The JPEG without its metadata segments, unchanged otherwise; None if it is not one."""
    if data[:2] != b"\xff\xd8":
        return None
    out, position = bytearray(b"\xff\xd8"), 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xDA:  # start of scan: the compressed pixels follow, no more segments
            out += data[position:]
            return bytes(out)
        length = int.from_bytes(data[position + 2:position + 4], "big")
        if length < 2 or position + 2 + length > len(data):
            return None
        if marker not in DROPPED_JPEG_MARKERS:
            out += data[position:position + 2 + length]
        position += 2 + length
    return None


def strip_office(data: bytes, name: str) -> bytes:
    """The DOCX, PPTX or XLSX without its author properties, or ValidationError."""
    unreadable = ValidationError(
        _("%(name)s could not be checked and cleaned as an Office document. Save it again and "
          "attach it again.") % {"name": name},
        code="bad_document",
    )
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        members = source.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise unreadable from error
    if len(members) > MAX_OFFICE_MEMBERS or sum(m.file_size for m in members) > MAX_OFFICE_UNPACKED:
        raise unreadable
    if any(m.filename.lower().endswith(("vbaproject.bin", "vbadata.xml")) for m in members):
        raise ValidationError(
            _("%(name)s contains macros. Save it without macros (as DOCX, PPTX or XLSX) and "
              "attach it again.") % {"name": name},
            code="document_macros",
        )
    out = io.BytesIO()
    try:
        with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for member in members:
                if member.filename.startswith("docProps/thumbnail"):
                    # A picture of the first page, rendered on the author's computer.
                    content = b""
                elif member.filename in EMPTY_PARTS:
                    content = EMPTY_PARTS[member.filename]
                else:
                    content = source.read(member)
                    for part, attributes in PERSON_ATTRIBUTES:
                        if part.match(member.filename):
                            content = attributes.sub(rb'\1=""', content)
                    if XLSX_COMMENT_PART.match(member.filename):
                        content = XLSX_COMMENT_AUTHORS.sub(b"<author></author>", content)
                    if OFFICE_PHOTO.match(member.filename):
                        # Photos pasted into a document keep the camera's EXIF and GPS.
                        content = strip_jpeg_segments(content) or content
                # A fixed date: the zip entries' own times tell when and where it was edited.
                info = zipfile.ZipInfo(member.filename, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(info, content)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as error:
        raise unreadable from error
    return out.getvalue()
