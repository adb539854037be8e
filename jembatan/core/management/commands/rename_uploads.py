"""Give files stored before random names were introduced a random name too.

Uploads used to keep the sender's file name (reports/2026/12/gps.jpg). They are no longer served
from the media root, but a copy of MEDIA_ROOT or a bucket listing would still show those names;
run this once after upgrading. Safe to run again: files already named at random are left alone.
"""

import re

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import models, transaction

from jembatan.core.files import RandomName

RANDOM = re.compile(r"/[0-9a-f]{32}(\.[a-z0-9]{1,8})?$")


class Command(BaseCommand):
    help = "Move uploads stored under their original names to random names."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Only count the files that would be renamed.")

    def handle(self, *args, dry_run: bool = False, **options):
        renamed = missing = 0
        for model in apps.get_models():
            fields = [field for field in model._meta.get_fields()
                      if isinstance(field, models.FileField)
                      and isinstance(field.upload_to, RandomName)]
            for field in fields:
                stale = model._default_manager.exclude(**{field.name: ""}).exclude(
                    **{f"{field.name}__regex": RANDOM.pattern})
                for obj in stale.iterator():
                    stored = getattr(obj, field.name)
                    if dry_run:
                        renamed += 1
                        continue
                    if not stored.storage.exists(stored.name):
                        missing += 1
                        continue
                    old_name = stored.name
                    with stored.open("rb") as handle:
                        new_name = stored.storage.save(
                            field.generate_filename(obj, old_name), handle)
                    with transaction.atomic():
                        model._default_manager.filter(pk=obj.pk).update(**{field.name: new_name})
                    # Deleted only once the row points at the copy: a crash leaves a duplicate,
                    # never a row without its file.
                    stored.storage.delete(old_name)
                    renamed += 1
        verb = "would be renamed" if dry_run else "renamed"
        self.stdout.write(f"{renamed} files {verb}; {missing} files missing from storage.")
