"""Readable names of the notifications' audit actions ("<who> <label>"), one per action code."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "notification_preferences_update": _("changed their notification email settings"),
}
