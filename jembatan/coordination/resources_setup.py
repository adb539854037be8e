"""What the catalogue, agenda and library parts register when the app is ready: permissions,
notification kinds, audit labels and the demo loader."""

from django.utils.translation import gettext_lazy as _


def ready() -> None:
    from jembatan.coordination import resource_rules  # noqa: F401  (registers the permissions)
    from jembatan.coordination.agenda import (
        KIND_COVERAGE_NEEDED,
        KIND_COVERAGE_TAKEN,
        KIND_EVENT_CHANGED,
    )
    from jembatan.core.audit_labels import register_action_labels
    from jembatan.core.demo.registry import register_demo_loader
    from jembatan.notifications.kinds import register_kind

    register_kind(KIND_COVERAGE_NEEDED, _("An agenda event needs coverage"),
                  description=_("Another agency asks the PR officers to cover its event."))
    register_kind(KIND_COVERAGE_TAKEN, _("Someone covers your agency's event"))
    register_kind(KIND_EVENT_CHANGED, _("An event you cover was changed or cancelled"))
    register_action_labels({
        "service_create": _("added a service"),
        "service_update": _("changed a service"),
        "programme_create": _("added a work programme"),
        "programme_update": _("changed a work programme"),
        "programme_delete": _("removed a work programme"),
        "agenda_event_create": _("added an agenda event"),
        "agenda_event_update": _("changed an agenda event"),
        "agenda_event_cancel": _("cancelled an agenda event"),
        "agenda_event_cover": _("volunteered to cover an event"),
        "agenda_event_release": _("stopped covering an event"),
        "agenda_feed_reset": _("renewed the calendar feed address"),
        "library_item_create": _("added a library item"),
        "library_item_update": _("changed a library item"),
        "library_item_delete": _("removed a library item"),
        "library_item_reuse": _("used a library item in a post"),
    })
    register_demo_loader("coordination_resources", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.coordination.demo.resources import resources_demo_load

    resources_demo_load(**kwargs)
