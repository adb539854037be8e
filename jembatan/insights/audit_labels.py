"""Readable names of the performance figures' audit actions ("<who> <label>")."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "insights_publication_update": _("changed which performance figures are public"),
}
