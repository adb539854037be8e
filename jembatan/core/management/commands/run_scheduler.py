import time

from django.core.management.base import BaseCommand

from jembatan.core.scheduler import run_due


class Command(BaseCommand):
    help = "Enqueue periodic jobs when they are due (runs forever; --once for a single pass)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true")
        parser.add_argument("--interval", type=int, default=60, help="Seconds between passes.")

    def handle(self, *args, **options):
        while True:
            for name in run_due():
                self.stdout.write(f"enqueued {name}")
            if options["once"]:
                return
            time.sleep(options["interval"])
