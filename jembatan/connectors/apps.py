import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConnectorsConfig(AppConfig):
    name = "jembatan.connectors"
    label = "connectors"
    verbose_name = _("Channels")

    def ready(self) -> None:
        from jembatan.connectors.audit_labels import LABELS
        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader

        register_action_labels(LABELS)
        register_demo_loader("connectors", _load_demo_channels)
        scheduler.register(scheduler.PeriodicJob(
            name="connectors.retry_deliveries",
            task="jembatan.connectors.tasks.retry_stalled_work",
            every=dt.timedelta(minutes=5),
            description=_("Process webhook deliveries and replies that failed or stalled."),
        ))
        scheduler.register(scheduler.PeriodicJob(
            name="connectors.poll_mailboxes",
            task="jembatan.connectors.tasks.poll_mailboxes",
            every=dt.timedelta(minutes=2),
            description=_("Fetch new mail from the agencies' mailboxes (IMAP)."),
        ))


def _load_demo_channels(**kwargs) -> None:
    from jembatan.connectors.demo.loader import connectors_demo_load

    connectors_demo_load(**kwargs)
