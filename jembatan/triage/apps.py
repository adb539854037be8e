from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TriageConfig(AppConfig):
    name = "jembatan.triage"
    label = "triage"
    verbose_name = _("Language intelligence")

    def ready(self) -> None:
        import datetime as dt

        from jembatan.core import scheduler

        scheduler.register(scheduler.PeriodicJob(
            name="triage.retrain_router",
            task="jembatan.triage.tasks.retrain_router",
            every=dt.timedelta(hours=6),
            description=_("Retrain agency routing when enough new dispositions arrived."),
        ))
