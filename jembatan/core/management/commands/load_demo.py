from django.core.management.base import BaseCommand

from jembatan.core.demo.loader import demo_load


class Command(BaseCommand):
    help = "Load the Wonosobo demo (regions, agencies, people). Existing data is kept."

    def handle(self, *args, **options):
        demo_load(log=self.stdout.write)
