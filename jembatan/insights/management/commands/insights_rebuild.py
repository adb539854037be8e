"""Count every performance figure again from the reports, conversations, posts and
consultations (after an import, a calendar or clock-policy change, or a new definition)."""

import time

from django.core.management.base import BaseCommand

from jembatan.insights import rollups


class Command(BaseCommand):
    help = "Recount the performance figures' rollup tables from the source tables."

    def add_arguments(self, parser):
        parser.add_argument("--recent", action="store_true",
                            help="Only what the hourly job recounts: the recent days and "
                                 "anything changed since its last run.")
        parser.add_argument("--processes", type=int, default=1,
                            help="Count the months in this many processes at once "
                                 "(PostgreSQL; a whole rebuild only).")

    def handle(self, *args, recent=False, processes=1, **options):
        started = time.monotonic()
        if recent:
            days = rollups.rebuild_recent()
        else:
            days = rollups.rebuild_all(processes=max(1, processes))
        self.stdout.write(f"{days} days recounted in {time.monotonic() - started:.1f} s.")
