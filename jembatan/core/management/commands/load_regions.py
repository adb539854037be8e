from django.core.management.base import BaseCommand, CommandError

from jembatan.core.regions import UnknownRegency, regions_import


class Command(BaseCommand):
    help = "Load the kecamatan and desa/kelurahan of a kabupaten/kota by its Kemendagri code."

    def add_arguments(self, parser):
        parser.add_argument("--code", required=True, help="Regency code, e.g. 33.07")

    def handle(self, *args, **options):
        try:
            result = regions_import(regency_code=options["code"])
        except UnknownRegency as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"{result.regency_name}: {result.kecamatan} kecamatan, {result.desa} desa, "
            f"{result.kelurahan} kelurahan"
        )
