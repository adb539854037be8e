"""Write reports as SP4N-LAPOR! records (docs/lapor.md) to standard output or a file, and log
what went back for the reports that came from LAPOR!."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from jembatan.lapor.actions import lapor_send_back_record
from jembatan.lapor.exports import lapor_rows, reports_for_lapor
from jembatan.lapor.models import SendBack
from jembatan.lapor.records import records_write_csv, records_write_json


class Command(BaseCommand):
    help = "Write reports as SP4N-LAPOR! records (JSON or CSV)."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="Only reports changed since this date or time.")
        parser.add_argument("--format", choices=("json", "csv"), default="json")
        parser.add_argument("--output", type=Path, help="A file instead of standard output.")

    def handle(self, *args, since=None, format="json", output=None, **options):
        with translation.override(settings.LANGUAGE_CODE):
            self._export(since=since, form=format, output=output)

    def _export(self, *, since: str | None, form: str, output: Path | None) -> None:
        since_at = None
        if since:
            since_at = parse_datetime(since)
            if since_at is None and (day := parse_date(since)) is not None:
                since_at = dt.datetime.combine(day, dt.time())
            if since_at is None:
                raise CommandError(_("--since is not a date (use 2026-03-01 or "
                                     "2026-03-01T09:30:00)."), returncode=2)
            if timezone.is_naive(since_at):
                since_at = timezone.make_aware(since_at)
        reports = list(reports_for_lapor(since=since_at))
        rows = lapor_rows(reports)
        text = records_write_json(rows) if form == "json" else records_write_csv(rows)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
        lapor_send_back_record(reports=reports, result=SendBack.Result.EXPORTED,
                               at=timezone.now())
        if output:
            self.stdout.write(_("%(count)s report(s) written to %(path)s.")
                              % {"count": len(rows), "path": output})
