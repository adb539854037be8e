"""Send realistic, signed Meta webhook events to a running Jembatan, for demos.

    python manage.py simulate_channels --url URL [--count N] [--agency SLUG]

Citizens' WhatsApp messages and Facebook and Instagram comments (with replies in the thread and
the occasional edit), in exactly the formats Meta sends, for the accounts connected in this
database, POSTed to URL/webhooks/meta with an X-Hub-Signature-256 made with META_APP_SECRET.
The instance at URL must use the same app secret (and the same accounts) to accept them.
"""

from __future__ import annotations

import random
import urllib.error
import urllib.request

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from jembatan.connectors.channels.meta import payloads
from jembatan.connectors.demo import stories

TIMEOUT = 10  # seconds


class Command(BaseCommand):
    help = "Send realistic signed WhatsApp, Facebook and Instagram webhook events to URL."

    def add_arguments(self, parser):
        parser.add_argument("--url", required=True,
                            help="base address of the running instance, e.g. http://localhost:8000")
        parser.add_argument("--count", type=int, default=20,
                            help="how many citizens write (default 20)")
        parser.add_argument("--agency", default=None,
                            help="only this agency's accounts (slug)")
        parser.add_argument("--seed", type=int, default=None,
                            help="repeat the same messages and ids")

    def handle(self, *args, **options):
        secret = settings.META_APP_SECRET
        if not secret:
            raise CommandError("META_APP_SECRET is not set: the events could not be signed.")
        if options["count"] < 1:
            raise CommandError("--count must be at least 1.")
        base = options["url"].rstrip("/")
        if not base.startswith(("http://", "https://")):
            raise CommandError("--url must start with http:// or https://.")
        endpoint = f"{base}/webhooks/meta"
        accounts = stories.accounts_by_agency(options["agency"])
        if not accounts:
            where = f" for agency {options['agency']!r}" if options["agency"] else ""
            raise CommandError(
                f"No WhatsApp, Facebook or Instagram account is connected{where}. "
                "Connect one with connect_channel (or load the demo) first.")
        rng = random.Random(options["seed"])
        now = timezone.now()
        sent = failed = 0
        by_channel: dict[str, int] = {}
        for item, agency_accounts in stories.pick_items(rng, accounts, options["count"]):
            story = stories.tell(rng, item, agency_accounts, now, now=now)
            by_channel[story.channel] = by_channel.get(story.channel, 0) + 1
            for _at, payload in story.events:
                status = self._post(endpoint, payload, secret)
                if status == 200:
                    sent += 1
                else:
                    failed += 1
                    self.stderr.write(f"{endpoint} answered {status} to a {story.channel} event")
        channels = ", ".join(f"{name} {n}" for name, n in sorted(by_channel.items()))
        self.stdout.write(f"Sent {sent} events ({channels}) to {endpoint}"
                          + (f"; {failed} refused" if failed else "") + ".")
        if failed and not sent:
            raise CommandError("No event was accepted. Does the instance use the same "
                               "META_APP_SECRET?")

    def _post(self, endpoint: str, payload: dict, secret: str) -> int | str:
        body, headers = payloads.signed(payload, secret)
        request = urllib.request.Request(endpoint, data=body, headers=headers,  # noqa: S310
                                         method="POST")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise CommandError(f"Could not reach {endpoint}: {error}") from error
