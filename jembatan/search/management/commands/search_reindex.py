from django.core.management.base import BaseCommand

from jembatan.search import registry
from jembatan.search.actions import REBUILD_BATCH, index_rebuild


class Command(BaseCommand):
    help = ("Rebuilds the site search from the domains' tables, in batches (safe to run while "
            "the site is up; run it after restoring a backup or changing what is indexed).")

    def add_arguments(self, parser):
        parser.add_argument("--kind", action="append", choices=[s.kind for s in registry.sources()],
                            help="Only this kind of document (repeatable).")
        parser.add_argument("--batch", type=int, default=REBUILD_BATCH)

    def handle(self, *args, kind=None, batch=REBUILD_BATCH, verbosity=1, **options):
        def progress(kind: str, count: int) -> None:
            if verbosity > 1:
                self.stdout.write(f"{kind}: {count}")

        total = index_rebuild(kinds=kind, batch=batch, progress=progress)
        self.stdout.write(f"Documents indexed: {total}.")
