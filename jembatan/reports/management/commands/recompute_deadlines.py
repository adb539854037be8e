from django.core.management.base import BaseCommand

from jembatan.reports.actions import reports_recompute_deadlines


class Command(BaseCommand):
    help = ("Recompute the deadlines of open reports from the current calendar (run after "
            "upgrading the holidays package; day-off changes in the admin do it by themselves).")

    def handle(self, *args, **options):
        moved = reports_recompute_deadlines()
        self.stdout.write(f"{moved} deadline(s) moved")
