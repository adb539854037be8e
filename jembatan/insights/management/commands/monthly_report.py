"""`manage.py monthly_report --month 2026-11 --output laporan.pdf`: the forum's monthly report
as a PDF file, the same as the one made from the dashboard and emailed on the first working day
of the month."""

import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jembatan.insights import monthly


class Command(BaseCommand):
    help = "Write the monthly performance report of one month as a PDF file."

    def add_arguments(self, parser):
        parser.add_argument("--month", required=True, help="The month, as YYYY-MM.")
        parser.add_argument("--output", required=True, help="Where to write the PDF.")

    def handle(self, *args, month: str, output: str, **options):
        try:
            first_day = dt.datetime.strptime(month, "%Y-%m").date()
        except ValueError as error:
            raise CommandError("--month must be a month as YYYY-MM, e.g. 2026-11.") from error
        target = Path(output)
        if not target.parent.is_dir():
            raise CommandError(f"The folder {target.parent} does not exist.")
        target.write_bytes(monthly.render_pdf(first_day))
        self.stdout.write(f"Wrote {target} ({target.stat().st_size} bytes).")
