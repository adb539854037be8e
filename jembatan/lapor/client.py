"""The live connection to SP4N-LAPOR!: pull new and changed reports over HTTP in the shape of
docs/lapor.md. Standard library only (the project depends on neither requests nor httpx).

GET {LAPOR_API_URL}/laporan?sejak=<ISO time>, with `Authorization: Bearer <LAPOR_API_TOKEN>`,
answers {"laporan": [...]}, the same records as the files.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.utils.translation import gettext as _

from jembatan.core.models import Jurisdiction
from jembatan.lapor.actions import ImportOutcome, lapor_record_import
from jembatan.lapor.records import LaporFileError, record_from_row

TIMEOUT_SECONDS = 20


def lapor_pull(*, since: dt.datetime | None = None) -> list[ImportOutcome]:
    """Import every report LAPOR! lists as changed since `since`; LaporFileError when LAPOR!
    cannot be reached or answers something else than the documented shape."""
    base = settings.LAPOR_API_URL.rstrip("/")
    if not base.startswith(("https://", "http://")):
        raise LaporFileError(_("LAPOR_API_URL is not set."))
    query = f"?{urllib.parse.urlencode({'sejak': since.isoformat()})}" if since else ""
    # The scheme is checked above: never file: or a custom one.
    headers = {"Authorization": f"Bearer {settings.LAPOR_API_TOKEN}",
               "Accept": "application/json"}
    request = urllib.request.Request(f"{base}/laporan{query}", headers=headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            data = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise LaporFileError(_("SP4N-LAPOR! could not be read: %(error)s")
                             % {"error": error}) from None
    rows = data.get("laporan") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise LaporFileError(_("The JSON must be a list of reports, or an object whose "
                               "“laporan” is that list."))
    records = [record_from_row(row, number=index) for index, row in enumerate(rows, start=1)]
    jurisdiction = Jurisdiction.current()
    return [lapor_record_import(record=record, jurisdiction=jurisdiction) for record in records]
