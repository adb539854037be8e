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
        from jembatan.lapor import audit_labels

        register_action_labels(audit_labels.LABELS)
        register_demo_loader("lapor", _load_demo)
        scheduler.register(scheduler.PeriodicJob(
            name="lapor.pull",
            task="jembatan.lapor.tasks.pull_lapor_reports",
            every=dt.timedelta(minutes=15),
            description=_("Import new and changed reports from SP4N-LAPOR! (when connected)."),
        ))


def _load_demo(**kwargs) -> None:
    from jembatan.lapor.demo.loader import lapor_demo_load

    lapor_demo_load(**kwargs)
