"""Helpers of the library tests: uploads as a browser sends them."""


import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from jembatan.testing.documents import minimal_pdf


def image_upload(name="foto.jpg", size=(800, 600), fmt="JPEG", exif=True):
    image = Image.new("RGB", size, (40, 120, 200))
    out = io.BytesIO()
    kwargs = {}
    if exif and fmt == "JPEG":
        tags = Image.Exif()
        tags[0x010F] = "KameraUji"  # Make
        tags[0x8825] = {1: "S", 2: (7.0, 21.0, 36.0)}  # GPS block
        kwargs["exif"] = tags.tobytes()
    image.save(out, format=fmt, **kwargs)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png"}[fmt]
    return SimpleUploadedFile(name, out.getvalue(), content_type=content_type)


def docx_upload(name="siaran-pers.docx"):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return SimpleUploadedFile(name, out.getvalue(), content_type="application/octet-stream")


def pdf_upload(name="laporan.pdf"):
    return SimpleUploadedFile(name, minimal_pdf(), content_type="application/pdf")
