"""Readable names of the language-intelligence audit actions ("<who> <label>")."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "topic_create": _("added a routing topic"),
    "topic_update": _("changed a routing topic"),
    "topic_delete": _("deleted a routing topic"),
    "topic_restore": _("restored a routing topic to the shipped words"),
    "routing_model_activate": _("trained a new routing model and routes with it"),
}
