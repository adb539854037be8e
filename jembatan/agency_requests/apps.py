import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgencyRequestsConfig(AppConfig):
    name = "jembatan.agency_requests"
    label = "agency_requests"
    verbose_name = _("Requests between agencies")

    def ready(self) -> None:
        from jembatan.agency_requests.audit_labels import LABELS
        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.notifications import kinds

        register_action_labels(LABELS)
        _register_change_words()
        kinds.register_kind(
            "request_new", _("Requests between agencies: your agency is asked"),
            description=_("Another agency asks yours for material, data, a quote or to share "
                          "an announcement."))
        kinds.register_kind(
            "request_answered", _("Requests between agencies: an answer to your agency's request"),
            description=_("An agency answered or declined your agency's request, or a request "
                          "your agency was asked was cancelled."))
        kinds.register_kind(
            "request_comment", _("Requests between agencies: new comment"), default=kinds.DAILY,
            description=_("Someone commented on a request your agency asked or was asked."))
        kinds.register_kind(
            "request_due_soon", _("Requests between agencies: due tomorrow"),
            description=_("A request your agency has not answered yet is due tomorrow."))
        # The job's name is stored with its last run: it keeps the name it had before the
        # requests became an app of their own.
        scheduler.register(scheduler.PeriodicJob(
            name="coordination.requests_due_soon",
            task="jembatan.agency_requests.tasks.remind_requests_due_soon",
            every=dt.timedelta(days=1),
            description=_("Remind agencies of requests from other agencies due tomorrow."),
        ))
        register_demo_loader("agency_requests", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.agency_requests.demo.loader import requests_demo_load

    requests_demo_load(**kwargs)


def _register_change_words() -> None:
    """A new request stores the asked agencies by slug, an answer the request's status by
    code; the audit log shows both in words."""
    from django.utils.text import capfirst

    from jembatan.agency_requests.models import AgencyRequest
    from jembatan.core.models import Agency
    from jembatan.core.words import names_by_slug, register_change_labels, register_change_values

    statuses = dict(AgencyRequest.Status.choices)
    register_change_labels({"asked": _("asked agencies"),
                            "request_status": _("status of the whole request")},
                           model=AgencyRequest)
    register_change_values({"asked": names_by_slug(Agency),
                            "request_status": lambda value: capfirst(
                                str(statuses.get(value, value)))},
                           model=AgencyRequest)



