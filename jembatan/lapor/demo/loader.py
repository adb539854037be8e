"""Demo: a handful of reports that reached Wonosobo through SP4N-LAPOR!, in every LAPOR! status
and privacy, imported through the same action as a LAPOR! file (docs/lapor.md). Skipped when
reports from LAPOR! are already here.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from django.utils import timezone

from jembatan.core.models import Agency, Jurisdiction
from jembatan.core.workdays import WorkingCalendar
from jembatan.lapor.actions import lapor_record_import
from jembatan.lapor.models import LaporLink
from jembatan.lapor.records import record_from_row

DATA = Path(__file__).with_name("laporan.toml")


def _working_days_ago(calendar: WorkingCalendar, now: dt.datetime, days: int,
                      hour: int) -> dt.datetime:
    local = timezone.localtime(now)
    day = local.date()
    while days > 0:
        day -= dt.timedelta(days=1)
        if calendar.is_working_day(day):
            days -= 1
    moment = local.replace(year=day.year, month=day.month, day=day.day, hour=hour, minute=0,
                           second=0, microsecond=0)
    return min(moment, now - dt.timedelta(hours=1))


def _row(item: dict, *, calendar: WorkingCalendar, now: dt.datetime,
         agency_names: dict[str, str]) -> dict:
    """One LAPOR! record as a file would carry it, its ages turned into dates."""
    def when(days, hour):
        return _working_days_ago(calendar, now, days, hour).isoformat() if days else None

    row = {key: value for key, value in item.items()
           if key not in {"umur", "disposisi", "selesai", "tindak_lanjut"}}
    row["instansi"] = agency_names.get(item.get("instansi", ""), "")
    row["tanggal_laporan"] = when(item["umur"], 9)
    row["tanggal_disposisi"] = when(item.get("disposisi"), 10)
    row["tanggal_selesai"] = when(item.get("selesai"), 15)
    row["tindak_lanjut"] = [
        {"tanggal": when(step["umur"], 14), "isi": step["isi"],
         "instansi": agency_names.get(step.get("instansi", ""), "")}
        for step in item.get("tindak_lanjut", [])
    ]
    return row


def lapor_demo_load(*, log=print, **kwargs) -> None:
    if LaporLink.objects.exists():
        return
    now = timezone.now()
    calendar = WorkingCalendar.from_database()
    agency_names = dict(Agency.objects.values_list("short_name", "name"))
    items = tomllib.loads(DATA.read_text(encoding="utf-8"))["laporan"]
    jurisdiction = Jurisdiction.current()
    for number, item in enumerate(items, start=1):
        record = record_from_row(_row(item, calendar=calendar, now=now,
                                      agency_names=agency_names), number=number)
        lapor_record_import(record=record, jurisdiction=jurisdiction, now=now)
    log(f"SP4N-LAPOR!: {len(items)} reports imported")
