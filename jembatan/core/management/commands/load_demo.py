from django.core.management.base import BaseCommand

from jembatan.core.demo.loader import demo_load
from jembatan.core.demo.registry import DEMO_LOADERS


class Command(BaseCommand):
    help = "Load the Wonosobo demo (regions, agencies, people, and each domain's data)."

    def add_arguments(self, parser):
        parser.add_argument("--core-only", action="store_true",
                            help="Only the jurisdiction, regions, agencies and people.")

    def handle(self, *args, **options):
        demo_load(log=self.stdout.write)
        if options["core_only"]:
            return
        for _name, loader in DEMO_LOADERS:
            loader(log=self.stdout.write)
