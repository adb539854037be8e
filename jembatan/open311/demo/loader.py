"""Demo: one Open311 client (a FixMyStreet-style app run by a local community) and the reports
it sent (`reports.toml`), through the same action as the API. Skipped when a client key exists."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from django.utils import timezone

from jembatan.core.models import Region, User
from jembatan.open311.actions import client_key_issue, open311_report_submit
from jembatan.open311.models import ClientKey
from jembatan.reports.models import Category, Kind, Privacy

DATA = tomllib.loads(Path(__file__).with_name("reports.toml").read_text(encoding="utf-8"))
CLIENT_NAME = DATA["client"]


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
    for row in DATA["laporan"]:
        kecamatan = _region(row["kecamatan"], Region.Level.KECAMATAN)
        open311_report_submit(
            client=client, kind=Kind.PENGADUAN,
            category=Category.objects.filter(name=row["kategori"]).first(),
            title=row["judul"], body=row["isi"],
            privacy=Privacy.ANONIM if row.get("anonim") else Privacy.PUBLIK,
            kecamatan=kecamatan,
            desa=_region(row.get("desa", ""), Region.Level.DESA, kecamatan),
            address=row["alamat"], latitude=row["lat"], longitude=row["long"],
            reporter_name=row.get("nama", ""), reporter_email="", reporter_phone="",
            account_id=row["akun"], idempotency_key=f"demo-open311:{row['akun']}",
            at=now - dt.timedelta(hours=row["jam_lalu"]),
        )
    log(f"Open311: one client, {len(DATA['laporan'])} reports")
