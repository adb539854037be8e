"""Readable names of the audit actions of the requests between agencies ("<who> <label>"),
one per action code."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "request_create": _("asked other agencies"),
    "request_start": _("started working on a request"),
    "request_done": _("completed a request"),
    "request_decline": _("declined a request"),
    "request_reopen": _("reopened a request"),
    "request_cancel": _("cancelled a request"),
    "request_comment": _("commented on a request"),
}
