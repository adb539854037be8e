"""Readable names for the action codes stored in the audit log.

Entries keep the stable machine code (`agency_update`); pages show the label in the reader's
language. Each app registers its own labels in its `apps.py` `ready()`; core's are `LABELS` below.
"""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ACTION_LABELS: dict[str, Promise] = {}


def register_action_labels(labels: dict[str, Promise]) -> None:
    ACTION_LABELS.update(labels)


def action_label(code: str) -> str:
    return str(ACTION_LABELS.get(code, code))


# The audit codes of core's own actions.
LABELS: dict[str, Promise] = {
    "jurisdiction_create": _("set up the jurisdiction"),
    "jurisdiction_update": _("changed the jurisdiction"),
    "agency_create": _("added the agency"),
    "agency_update": _("changed the agency"),
    "membership_add": _("added a person to the agency"),
    "membership_change": _("changed a person's role"),
    "membership_remove": _("removed a person from the agency"),
    "day_off_create": _("added a day off"),
    "day_off_update": _("changed a day off"),
    "day_off_delete": _("removed a day off"),
    "two_factor_enable": _("set up two-step sign-in"),
    "two_factor_reset": _("reset two-step sign-in"),
    "task_retry": _("ran background work again"),
    "generate_load": _("filled the database with generated data for load tests"),
    "task_requeue": _("queued stuck background work again"),
    "task_fail": _("marked stuck background work as failed"),
    "admin_create": _("added an entry in the administration"),
    "admin_update": _("changed an entry in the administration"),
    "admin_delete": _("removed an entry in the administration"),
}
