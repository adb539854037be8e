"""Write the open data files now (the scheduled job does it every day)."""

from django.core.management.base import BaseCommand

from jembatan.opendata.publishing import export_all


class Command(BaseCommand):
    help = "Write every open dataset as CSV and JSON, and the manifest the public URLs follow."

    def handle(self, *args, **options) -> None:
        manifest = export_all()
        for slug, entry in manifest["datasets"].items():
            self.stdout.write(f"{slug}: {entry['rows']} rows")
        self.stdout.write(self.style.SUCCESS(f"Open data run {manifest['run']} written."))
