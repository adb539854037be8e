"""Readable names of the shared agenda's audit actions ("<who> <label>"), one per action code."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "agenda_event_create": _("added an agenda event"),
    "agenda_event_update": _("changed an agenda event"),
    "agenda_event_cancel": _("cancelled an agenda event"),
    "agenda_event_cover": _("volunteered to cover an event"),
    "agenda_event_release": _("stopped covering an event"),
    "agenda_feed_create": _("created a personal calendar feed address"),
    "agenda_feed_reset": _("renewed the calendar feed address"),
}
