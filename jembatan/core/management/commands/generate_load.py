import datetime as dt
import os
import random
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.module_loading import import_string

from jembatan.core import loadgen, quiet
from jembatan.core.actions import audit_record
from jembatan.core.models import Agency, Jurisdiction, Region

# Each domain's generator, in the order they depend on each other (conversations may point to
# reports). Named by path: core does not import the domains.
GENERATORS = (
    "jembatan.reports.loadgen.generate",
    "jembatan.connectors.loadgen.generate",
    "jembatan.participation.loadgen.generate",
)
# The tables the generators fill by the million: their secondary indexes are built after the
# load, not kept up to date row by row (core.loadgen.secondary_indexes_set_aside).
BULK_TABLES = (
    "reports.Report", "reports.Event", "reports.Message", "reports.Rating",
    "core.AuditEntry", "search.SearchDocument",
    "connectors.Contact", "connectors.Conversation", "connectors.ConversationMessage",
)
BULK_MANY_TO_MANY = (("reports.Report", "supporting_agencies"),
                     ("connectors.Conversation", "labels"))
REAL_DATA = (
    "reports.Report", "connectors.Conversation", "participation.Consultation",
)


class Command(BaseCommand):
    help = ("Fill the database with realistic generated reports, conversations and "
            "consultations for load tests and benchmarks, valid as if every action had run. "
            "Refuses a database that holds real data unless --force.")

    def add_arguments(self, parser):
        parser.add_argument("--reports", type=int, default=10_000)
        parser.add_argument("--conversations", type=int, default=10_000)
        parser.add_argument("--consultations", type=int, default=100)
        parser.add_argument("--years", type=int, default=3, help="Spread over this many years.")
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--batch", type=int, default=20_000,
                            help="Rows of the main table written per transaction.")
        parser.add_argument("--force", action="store_true",
                            help="Add generated data even to a database with real data.")
        parser.add_argument("--skip-rollups", action="store_true",
                            help="Do not recount the performance figures afterwards.")
        parser.add_argument("--processes", type=int, default=min(2, os.cpu_count() or 1),
                            help="Processes that make the rows and count the performance "
                                 "figures at once (PostgreSQL).")

    def handle(self, *args, **options):
        from django.apps import apps

        if options["batch"] < 1 or options["years"] < 1:
            raise CommandError("--batch and --years must be at least 1.")
        has_real = any(apps.get_model(label).objects.exists() for label in REAL_DATA)
        if has_real and not loadgen.is_generated() and not options["force"]:
            raise CommandError(
                "This database already holds reports, conversations or consultations that "
                "were not generated. Use an empty database, or --force to add to it.")
        started = time.perf_counter()
        plan = loadgen.Plan(
            reports=options["reports"], conversations=options["conversations"],
            consultations=options["consultations"], years=options["years"],
            batch=options["batch"], now=timezone.now(), rng=random.Random(options["seed"]),
            log=self._progress,
            processes=max(1, options["processes"]),
        )
        loadgen.fast_sqlite()
        with translation.override(settings.LANGUAGE_CODE), quiet.notifications_suppressed():
            if not Agency.objects.exists() or not Region.objects.exists():
                # The reference data of the demo: jurisdiction, regions, agencies, people.
                from jembatan.core.demo.loader import demo_load

                demo_load(log=lambda line: None)
            from django.apps import apps as registry

            # Marked first, so that the rows of a run that fails halfway count as generated.
            with transaction.atomic():
                audit_record(actor=None, action="generate_load",
                             obj=Jurisdiction.current(), note=f"seed {options['seed']}",
                             changes={"reports": [None, plan.reports],
                                      "conversations": [None, plan.conversations],
                                      "consultations": [None, plan.consultations]})

            with loadgen.secondary_indexes_set_aside(_bulk_models()) as set_aside:
                for path in GENERATORS:
                    started_step = time.perf_counter()
                    import_string(path)(plan)
                    self.stdout.write(
                        f"{path.split('.')[1]}: {time.perf_counter() - started_step:.0f} s")
                built = time.perf_counter()
            if set_aside:
                self.stdout.write(f"{set_aside} indexes built after the load: "
                                  f"{time.perf_counter() - built:.0f} s")
            loadgen.reset_sequences(registry.get_models())
            self._derived(plan, skip_rollups=options["skip_rollups"])
        elapsed = dt.timedelta(seconds=round(time.perf_counter() - started))
        for key, value in plan.counts.items():
            self.stdout.write(f"  {key}: {value:,}")
        self.stdout.write(f"Generated in {elapsed}.")

    def _progress(self, line: str) -> None:
        # Written at once: the lines of processes making rows side by side stay in order.
        self.stdout.write(line)
        self.stdout.flush()

    def _derived(self, plan, *, skip_rollups: bool) -> None:
        """What the background tasks would have kept in step: the search index of everything
        but reports (written with them), the planner's statistics and the figures."""
        from jembatan.search import registry
        from jembatan.search.actions import index_rebuild

        step = time.perf_counter()
        kinds = [s.kind for s in registry.sources() if s.kind != "laporan"]
        count = index_rebuild(kinds=kinds)
        self.stdout.write(f"search index of {len(kinds)} other kinds: {count:,} documents "
                          f"({time.perf_counter() - step:.0f} s)")
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql" and not connection.in_atomic_block:
                # Rows written by COPY are not yet marked all-visible: until a vacuum does it,
                # every index-only count (the navigation's overdue and waiting badges) reads
                # the table too (190 ms instead of 14 at a million reports).
                cursor.execute("VACUUM (ANALYZE)")
            else:
                cursor.execute("ANALYZE")
        if not skip_rollups:
            from jembatan.insights import rollups

            step = time.perf_counter()
            days = rollups.rebuild_all(now=plan.now, processes=plan.processes)
            plan.counts["insights.days"] = days
            self.stdout.write(f"insights: {days:,} days ({time.perf_counter() - step:.0f} s)")


def _bulk_models() -> list:
    from django.apps import apps

    found = [apps.get_model(label) for label in BULK_TABLES]
    for label, name in BULK_MANY_TO_MANY:
        found.append(apps.get_model(label)._meta.get_field(name).remote_field.through)
    return found
