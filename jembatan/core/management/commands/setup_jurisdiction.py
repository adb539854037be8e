from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError

from jembatan.core.actions import jurisdiction_set
from jembatan.core.context_processors import JURISDICTION_CACHE_KEY
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
        jurisdiction = jurisdiction_set(
            actor=None, name=options["name"], short_name=options["short_name"], code=code,
            region_code=options["region_code"],
        )
        cache.delete(JURISDICTION_CACHE_KEY)
        self.stdout.write(
            f"{jurisdiction.name}: {result.kecamatan} kecamatan, "
            f"{result.desa + result.kelurahan} desa/kelurahan"
        )
