"""Readable names of the shared library's audit actions ("<who> <label>"), one per action code."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "library_item_create": _("added a library item"),
    "library_item_update": _("changed a library item"),
    "library_item_delete": _("removed a library item"),
    "library_item_reuse": _("used a library item in a post"),
}
