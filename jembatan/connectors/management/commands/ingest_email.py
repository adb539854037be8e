"""Take one raw RFC 822 message into an agency's inbox, from a mail server's pipe or a file.

    python manage.py ingest_email --agency SLUG < message.eml
    python manage.py ingest_email --agency SLUG --file message.eml

Postfix, for example, in /etc/aliases:  dpupr: "|/srv/jembatan/manage.py ingest_email
--agency dpupr". Exit codes follow sysexits.h, which mail servers understand: 0 stored (or
already stored; a message that could not be read completely is stored in quarantine and also
gives 0), 65 empty input, 66 file not found, 67 no such agency, 75 try again later (the
database is unavailable, or even the original could not be kept: the mail server keeps the
message and retries). No other exit code and no traceback, whatever the bytes.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from jembatan.connectors.channels.email.ingest import email_ingest
from jembatan.connectors.channels.email.parse import MailParseError
from jembatan.core.models import Agency

EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_TEMPFAIL = 75
# Far above what mail servers accept (Postfix: 10 MB by default); guards the memory of a pipe.
MAX_MESSAGE_BYTES = 60 * 1024 * 1024


class Command(BaseCommand):
    help = "Store one raw email (RFC 822) read from standard input or a file for an agency."
    # Tests pass the message as `stdin=` (bytes stream) through call_command.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("--agency", required=True, help="agency slug")
        parser.add_argument("--file", default=None, help="read the message from this file")

    def handle(self, *args, **options):
        agency = Agency.objects.filter(slug=options["agency"]).first()
        if agency is None:
            raise CommandError(f"No agency with slug {options['agency']!r}.",
                               returncode=EX_NOUSER)
        raw = self._read(options)
        try:
            result = email_ingest(raw=raw, agency=agency)
        except MailParseError as error:
            raise CommandError(f"Not a readable email: {error}.", returncode=EX_DATAERR) from error
        except DatabaseError as error:
            raise CommandError(f"Database unavailable, try again later: {error}",
                               returncode=EX_TEMPFAIL) from error
        except Exception as error:  # not even the original could be kept: let the server retry
            raise CommandError(f"The message could not be stored, try again later: "
                               f"{type(error).__name__}.", returncode=EX_TEMPFAIL) from error
        parsed = result.parsed
        quarantined = ", ".join(result.quarantined)
        if result.ignored:
            self.stdout.write(f"Ignored {parsed.message_id}: {result.ignored}.")
        elif result.message is None:
            self.stdout.write(f"Kept {parsed.message_id} in quarantine only ({quarantined}).")
        elif result.created and quarantined:
            self.stdout.write(f"Stored {parsed.message_id} in conversation "
                              f"{result.message.conversation_id}, in quarantine ({quarantined}).")
        elif result.created:
            self.stdout.write(f"Stored {parsed.message_id} in conversation "
                              f"{result.message.conversation_id}.")
        else:
            self.stdout.write(f"Already stored: {parsed.message_id}.")

    def _read(self, options) -> bytes:
        if options["file"]:
            try:
                with open(options["file"], "rb") as handle:
                    raw = handle.read(MAX_MESSAGE_BYTES + 1)
            except OSError as error:
                raise CommandError(f"Cannot read {options['file']}: {error.strerror}.",
                                   returncode=EX_NOINPUT) from error
        else:
            stream = options.get("stdin") or sys.stdin.buffer
            raw = stream.read(MAX_MESSAGE_BYTES + 1)
        if len(raw) > MAX_MESSAGE_BYTES:
            raise CommandError("The message is larger than 60 MB.", returncode=EX_DATAERR)
        if not raw.strip():
            raise CommandError("No message on standard input.", returncode=EX_DATAERR)
        return raw
