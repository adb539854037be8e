"""Issue an Open311 key from the command line. The key is the LAST line printed: scripts read
it with `tail -n 1`."""

from django.core.management.base import BaseCommand, CommandError

from jembatan.open311 import actions


class Command(BaseCommand):
    help = "Issue an Open311 client key; the key is printed as the last line."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="The client's name.")
        parser.add_argument("--no-submit", action="store_true",
                            help="The key may not send reports.")
        parser.add_argument("--no-updates", action="store_true",
                            help="The key may not read servicerequestupdates.")

    def handle(self, *args, name: str, no_submit: bool, no_updates: bool, **options):
        if not name.strip():
            raise CommandError("--name may not be empty.")
        if no_submit and no_updates:
            raise CommandError("A key must be allowed to do something.")
        key, raw = actions.client_key_issue(name=name, may_submit=not no_submit,
                                            may_read_updates=not no_updates, actor=None)
        self.stdout.write(f"Open311 key #{key.pk} for “{key.name}”; it is shown only once:")
        self.stdout.write(raw)
