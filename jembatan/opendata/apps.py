import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    name = "jembatan.opendata"
    label = "opendata"
    verbose_name = _("Open data")

    def ready(self) -> None:
        from jembatan.core import scheduler

        scheduler.register(scheduler.PeriodicJob(
            name="opendata.export",
            task="jembatan.opendata.tasks.export_open_data",
            every=dt.timedelta(days=1),
            description=_("Write the open data files and their catalogue."),
        ))
