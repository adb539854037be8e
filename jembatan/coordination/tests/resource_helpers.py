"""Helpers of the catalogue, agenda and library tests: entries made through the real actions,
so the audit trail and notifications run as they do for staff."""

import datetime as dt
import io
import zipfile
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from jembatan.coordination import agenda, catalogue
from jembatan.testing.documents import minimal_pdf

WIB = ZoneInfo("Asia/Jakarta")


def wib(year, month, day, hour=9, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=WIB)


def make_event(agency, by=None, **values):
    defaults = {
        "title": "Posyandu Balita Desa Kalikajar",
        "starts_at": wib(2026, 12, 10, 8),
        "ends_at": wib(2026, 12, 10, 11),
        "place": "Balai Desa Kalikajar, Kecamatan Kertek",
    }
    defaults.update(values)
    with agenda.quiet():
        return agenda.event_create(agency=agency, by=by, **defaults)


def make_all_day(agency, first, last, by=None, **values):
    starts_at, ends_at = agenda.all_day_bounds(first, last)
    return make_event(agency, by, starts_at=starts_at, ends_at=ends_at, all_day=True, **values)


def make_service(agency, by=None, **values):
    defaults = {
        "name": "Pasang Baru Sambungan Air",
        "audience": "Warga Kabupaten Wonosobo yang tinggal di jangkauan jaringan pipa",
        "requirements": "Fotokopi KTP-el\nFotokopi Kartu Keluarga\nDenah lokasi rumah",
        "steps": "Isi formulir di kantor pelayanan\nSurvei lokasi oleh petugas\nBayar biaya pasang",
        "cost": "Rp 1.350.000 (termasuk meter air)",
        "schedule": "Senin–Jumat 08.00–14.00",
        "place": "Kantor Pusat Perumda Tirta Aji, Jl. Mayjen Bambang Sugeng",
        "contact": "WhatsApp 0811-2650-0000",
        "link": "https://tirtaaji.co.id/pasang-baru",
    }
    defaults.update(values)
    return catalogue.service_create(agency=agency, by=by, **defaults)


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
