"""Connect an agency's WhatsApp number, Facebook Page, Instagram account or mailbox.

    python manage.py connect_channel --agency SLUG --platform whatsapp --external-id ID \
        [--name NAME] [--token TOKEN]

The token is encrypted at rest and never printed. Without --token it is read from the
CHANNEL_TOKEN environment variable if set (keeps it out of the shell history).
"""

import os

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from jembatan.connectors.actions import account_connect
from jembatan.connectors.models import CONNECTABLE
from jembatan.core.forms import error_text
from jembatan.core.models import Agency


class Command(BaseCommand):
    help = "Connect an agency's WhatsApp, Facebook, Instagram or email account."

    def add_arguments(self, parser):
        parser.add_argument("--agency", required=True, help="agency slug")
        parser.add_argument("--platform", required=True, choices=[p.value for p in CONNECTABLE])
        parser.add_argument("--external-id", required=True,
                            help="phone_number_id, Page id, Instagram account id or address")
        parser.add_argument("--name", default="")
        parser.add_argument("--token", default=None, help="access token or mailbox password")
        parser.add_argument("--imap-host", default=None)
        parser.add_argument("--imap-port", type=int, default=None)
        parser.add_argument("--imap-username", default=None)

    def handle(self, *args, **options):
        agency = Agency.objects.filter(slug=options["agency"]).first()
        if agency is None:
            raise CommandError(f"No agency with slug {options['agency']!r}.")
        token = options["token"]
        if token is None and os.environ.get("CHANNEL_TOKEN"):
            token = os.environ["CHANNEL_TOKEN"]
        try:
            account, created = account_connect(
                agency=agency, platform=options["platform"], external_id=options["external_id"],
                name=options["name"], token=token, imap_host=options["imap_host"],
                imap_port=options["imap_port"], imap_username=options["imap_username"],
            )
        except ValidationError as error:
            raise CommandError(error_text(error)) from error
        verb = "Connected" if created else "Updated"
        secret = "token stored (encrypted)" if account.has_token else "no token"
        self.stdout.write(f"{verb} {account.platform} account {account.external_id} "
                          f"for {agency.slug} ({secret}).")
