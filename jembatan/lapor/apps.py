import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LaporConfig(AppConfig):
    name = "jembatan.lapor"
    label = "lapor"
    verbose_name = _("SP4N-LAPOR!")

    def ready(self) -> None:
        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.core.events import event_committed
        from jembatan.lapor import audit_labels
        from jembatan.lapor.push import on_event_committed

        register_action_labels(audit_labels.LABELS)
        from jembatan.core.words import register_change_labels
        from jembatan.reports.models import Report

        register_change_labels({"lapor_sent_again": _("sent again to SP4N-LAPOR!")},
                               model=Report)
        register_demo_loader("lapor", _load_demo)
        event_committed.connect(on_event_committed, dispatch_uid="lapor.push")
        scheduler.register(scheduler.PeriodicJob(
            name="lapor.pull",
            task="jembatan.lapor.tasks.pull_lapor_reports",
            every=dt.timedelta(minutes=15),
            description=_("Import new and changed reports from SP4N-LAPOR! (when connected)."),
        ))
        scheduler.register(scheduler.PeriodicJob(
            name="lapor.push_retry",
            task="jembatan.lapor.tasks.retry_lapor_pushes",
            every=dt.timedelta(minutes=1),
            description=_("Send again to SP4N-LAPOR! what it could not receive (when "
                          "connected)."),
        ))


def _load_demo(**kwargs) -> None:
    from jembatan.lapor.demo.loader import lapor_demo_load

    lapor_demo_load(**kwargs)
