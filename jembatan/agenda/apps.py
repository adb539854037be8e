from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "jembatan.agenda"
    label = "agenda"
    verbose_name = _("Shared agenda")

    def ready(self) -> None:
        from jembatan.agenda import rules  # noqa: F401  (registers the permissions)
        from jembatan.agenda.actions import (
            KIND_COVERAGE_NEEDED,
            KIND_COVERAGE_TAKEN,
            KIND_EVENT_CHANGED,
        )
        from jembatan.agenda.audit_labels import LABELS
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.notifications.kinds import register_kind

        register_action_labels(LABELS)
        register_kind(KIND_COVERAGE_NEEDED, _("An agenda event needs coverage"),
                      description=_("Another agency asks the PR officers to cover its event."))
        register_kind(KIND_COVERAGE_TAKEN, _("Someone covers your agency's event"),
                      description=_("An officer has said they will cover an event of your "
                                    "agency."))
        register_kind(KIND_EVENT_CHANGED, _("An event you cover was changed or cancelled"),
                      description=_("The time, place or title of an event you cover has "
                                    "changed, or the event was cancelled."))
        register_demo_loader("agenda", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.agenda.demo.loader import agenda_demo_load

    agenda_demo_load(**kwargs)
