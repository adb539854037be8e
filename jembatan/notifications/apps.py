import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "jembatan.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.notifications.audit_labels import LABELS

        register_action_labels(LABELS)
        scheduler.register(scheduler.PeriodicJob(
            name="notifications.daily_digest",
            task="jembatan.notifications.tasks.send_daily_digests",
            every=dt.timedelta(days=1),
            description=_("Email each person's daily summary of notifications."),
        ))
        scheduler.register(scheduler.PeriodicJob(
            name="notifications.weekly_digest",
            task="jembatan.notifications.tasks.send_weekly_digests",
            every=dt.timedelta(days=7),
            description=_("Email each person's weekly summary of notifications."),
        ))
