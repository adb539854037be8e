"""The events a subscription can choose, with the words people read for each."""

from django.utils.translation import gettext_lazy as _

# Code (what receivers see in the payload and the header) → label (what staff read).
EVENT_TYPES = {
    "report.received": _("A report is received"),
    "report.disposed": _("A report is assigned to an agency"),
    "report.responded": _("An agency answers a report"),
    "report.closed": _("A report is closed"),
    "conversation.received": _("A new conversation arrives on a channel"),
    "post.published": _("A joint post is published"),
    "consultation.opened": _("A public consultation opens"),
    "consultation.answered": _("The answer to a public consultation is published"),
}


def event_label(code: str) -> str:
    return str(EVENT_TYPES.get(code, _("Another event")))
