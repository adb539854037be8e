"""Import SP4N-LAPOR! reports from a .json or .csv file (docs/lapor.md). Safe to run again on
the same or a newer file: a known tracking number updates its report, never duplicates it."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from jembatan.core.models import Jurisdiction
from jembatan.lapor.actions import lapor_record_import
from jembatan.lapor.records import LaporFileError, records_read


class Command(BaseCommand):
    help = "Import SP4N-LAPOR! reports from a JSON or CSV file."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        with translation.override(settings.LANGUAGE_CODE):
            self._import(file)

    def _import(self, file: Path) -> None:
        jurisdiction = Jurisdiction.current()
        if jurisdiction is None:
            raise CommandError(_("No jurisdiction is set up yet; run the setup first."),
                               returncode=2)
        try:
            records = records_read(file)
        except LaporFileError as error:
            raise CommandError(str(error), returncode=2) from None
        numbers = [record.number for record in records]
        if len(set(numbers)) != len(numbers):
            twice = sorted({number for number in numbers if numbers.count(number) > 1})
            raise CommandError(_("The file holds the same tracking number twice: %(numbers)s")
                               % {"numbers": ", ".join(twice)}, returncode=2)
        created = updated = unchanged = 0
        # All or nothing: a file that fails half-way leaves the database as it was.
        with transaction.atomic():
            for index, record in enumerate(records, start=1):
                try:
                    outcome = lapor_record_import(record=record, jurisdiction=jurisdiction)
                except ValidationError as error:
                    raise CommandError(_("Report %(number)s (%(tracking)s): %(message)s") % {
                        "number": index, "tracking": record.number,
                        "message": " ".join(error.messages)}, returncode=2) from None
                if outcome.created:
                    created += 1
                    self.stdout.write(_("%(lapor)s: new report %(code)s") % {
                        "lapor": record.number, "code": outcome.report.tracking_code})
                elif outcome.changes:
                    updated += 1
                    self.stdout.write(_("%(lapor)s → %(code)s: %(changes)s") % {
                        "lapor": record.number, "code": outcome.report.tracking_code,
                        "changes": "; ".join(outcome.changes)})
                else:
                    unchanged += 1
        self.stdout.write(_("%(created)s new, %(updated)s updated, %(unchanged)s unchanged.")
                          % {"created": created, "updated": updated, "unchanged": unchanged})
