"""Readable names of the audit actions of the service catalogue and the work programmes
("<who> <label>"), one per action code."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "service_create": _("added a service"),
    "service_update": _("changed a service"),
    "programme_create": _("added a work programme"),
    "programme_update": _("changed a work programme"),
    "programme_delete": _("removed a work programme"),
}
