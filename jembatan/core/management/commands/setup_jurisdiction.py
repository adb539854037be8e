from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError

from jembatan.core.actions import audit_record, diff, snapshot
from jembatan.core.context_processors import JURISDICTION_CACHE_KEY
from jembatan.core.models import Jurisdiction
from jembatan.core.regions import UnknownRegency, regions_import


class Command(BaseCommand):
    help = "Create or update this installation's jurisdiction and load its regions."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help='e.g. "Pemerintah Kabupaten Temanggung"')
        parser.add_argument("--short-name", required=True, help='e.g. "Kab. Temanggung"')
        parser.add_argument("--code", required=True, help="Tracking code prefix, e.g. TMG")
        parser.add_argument("--region-code", required=True, help="Kemendagri code, e.g. 33.23")

    def handle(self, *args, **options):
        code = options["code"].upper()
        if not (3 <= len(code) <= 5 and code.isalpha() and code.isascii()):
            raise CommandError("--code must be 3 to 5 letters, e.g. WSB")
        try:
            result = regions_import(regency_code=options["region_code"])
        except UnknownRegency as error:
            raise CommandError(str(error)) from error
        jurisdiction = Jurisdiction.objects.first() or Jurisdiction()
        created = jurisdiction.pk is None
        fields = ("name", "short_name", "code", "region_code")
        before = {} if created else snapshot(jurisdiction, fields)
        jurisdiction.name = options["name"]
        jurisdiction.short_name = options["short_name"]
        jurisdiction.code = code
        jurisdiction.region_code = options["region_code"]
        jurisdiction.save()
        audit_record(
            actor=None,
            action="jurisdiction_create" if created else "jurisdiction_update",
            obj=jurisdiction,
            changes=diff(before, snapshot(jurisdiction, fields)),
        )
        cache.delete(JURISDICTION_CACHE_KEY)
        self.stdout.write(
            f"{jurisdiction.name}: {result.kecamatan} kecamatan, "
            f"{result.desa + result.kelurahan} desa/kelurahan"
        )
