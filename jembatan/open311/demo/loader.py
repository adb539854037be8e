"""Demo: one Open311 client (a FixMyStreet-style app run by a local community) and the reports
it sent, through the same action as the API. Skipped when a client key exists."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from jembatan.core.models import Region, User
from jembatan.open311.actions import client_key_issue, open311_report_submit
from jembatan.open311.models import ClientKey
from jembatan.reports.models import Category, Kind, Privacy

CLIENT_NAME = "Aplikasi Warga Peduli Wonosobo"

REPORTS = [
    {"hours_ago": 30, "category": "Penerangan jalan", "kecamatan": "Kertek", "desa": "Sudungdewo",
     "title": "Lampu jalan padam di tanjakan Sudungdewo",
     "body": "Tiga lampu jalan di tanjakan dekat masjid Sudungdewo padam sejak Sabtu. Jalan "
             "menanjak dan berkabut kalau malam, motor sering hampir tergelincir.",
     "address": "Jl. Raya Kertek–Sudungdewo, dekat masjid", "lat": "-7.3712", "long": "109.9871",
     "name": "Fajar Nugroho", "account": "wpw-20931"},
    {"hours_ago": 76, "category": "Kebersihan dan sampah", "kecamatan": "Kejajar",
     "desa": "Sikunang", "title": "Sampah wisatawan menumpuk di jalur pendakian Prau",
     "body": "Di pos 2 jalur Dieng–Prau sampah botol dan plastik menumpuk, tong sampah sudah "
             "penuh sejak libur panjang. Mohon diangkut dan ditambah tong.",
     "address": "Pos 2 jalur pendakian Gunung Prau via Dieng", "lat": "-7.2046",
     "long": "109.9180", "name": "", "account": "wpw-18812", "privacy": Privacy.ANONIM},
    {"hours_ago": 8, "category": "Jalan dan jembatan", "kecamatan": "Garung", "desa": "",
     "title": "Gorong-gorong ambles di depan SD Garung",
     "body": "Tutup gorong-gorong di depan SD Negeri Garung ambles, lubangnya selebar ban motor. "
             "Sudah diberi ranting oleh warga sebagai tanda.",
     "address": "Depan SD Negeri Garung", "lat": "-7.3102", "long": "109.9355",
     "name": "Rina Kartikasari", "account": "wpw-21407"},
]


def _region(name: str, level: str, parent: Region | None = None) -> Region | None:
    if not name:
        return None
    regions = Region.objects.filter(name=name, level=level)
    return (regions.filter(parent=parent) if parent else regions).first()


def open311_demo_load(*, log=print, **kwargs) -> None:
    if ClientKey.objects.exists():
        return
    coordinator = User.objects.filter(username="koordinator").first()
    client, _raw = client_key_issue(name=CLIENT_NAME, actor=coordinator)
    now = timezone.now()
    for row in REPORTS:
        kecamatan = _region(row["kecamatan"], "kecamatan")
        open311_report_submit(
            client=client, kind=Kind.PENGADUAN,
            category=Category.objects.filter(name=row["category"]).first(),
            title=row["title"], body=row["body"], privacy=row.get("privacy", Privacy.PUBLIK),
            kecamatan=kecamatan, desa=_region(row["desa"], "desa", kecamatan),
            address=row["address"], latitude=row["lat"], longitude=row["long"],
            reporter_name=row["name"], reporter_email="", reporter_phone="",
            account_id=row["account"], idempotency_key=f"demo-open311:{row['account']}",
            at=now - dt.timedelta(hours=row["hours_ago"]),
        )
    log(f"Open311: one client, {len(REPORTS)} reports")
