"""What the citizen reads when a conversation becomes a report: the editable public reply
under a comment (the convert form prefills it; the action fills in the code and link)."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

REPLY_MAX = 1000


def public_reply_default() -> str:
    """The prefilled public answer of the convert form: one short, friendly sentence in the
    installation's language, with the placeholders the officer may move or keep."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(_("Thank you, we have recorded this as report {kode}. You can follow its "
                     "progress at {tautan}"))


def public_reply_text(reply: str, report) -> str:
    """The officer's public answer with the code and link filled in. Without "{kode}" the code
    is added at the end: a citizen must always get it."""
    url = settings.SITE_URL + reverse("reports:detail", args=[report.tracking_code])
    text = reply.strip()[:REPLY_MAX].replace("{tautan}", url)
    if "{kode}" in text:
        return text.replace("{kode}", report.tracking_code)
    with translation.override(settings.LANGUAGE_CODE):
        return _("%(text)s (report code: %(code)s)") % {"text": text,
                                                         "code": report.tracking_code}
