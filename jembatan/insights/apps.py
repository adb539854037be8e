import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "jembatan.insights"
    label = "insights"
    verbose_name = _("Performance figures")

    def ready(self) -> None:
        from jembatan.core import public_cache

        # The public scorecard; the rollups' bulk writes bump the version themselves.
        public_cache.watch(public_cache.INSIGHTS, *self.get_models())
        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.core.signals import calendar_changed
        from jembatan.insights import rules  # noqa: F401  (registers the permissions)
        from jembatan.insights.audit_labels import LABELS
        from jembatan.insights.monthly import MONTHLY_REPORT_KIND
        from jembatan.notifications import kinds

        register_action_labels(LABELS)
        _register_change_words()
        kinds.register_kind(
            MONTHLY_REPORT_KIND, _("Monthly performance report"),
            description=_("Last month's public communication performance report for the forum, "
                          "on the first working day of the month (right away: with the PDF "
                          "attached)."))
        # A new day off changes which answers were on time, on every day before it.
        calendar_changed.connect(_recount_all, dispatch_uid="insights_recount")
        scheduler.register(scheduler.PeriodicJob(
            name="insights.rebuild_recent",
            task="jembatan.insights.tasks.rebuild_recent_days",
            every=dt.timedelta(hours=1),
            description=_("Recount the performance figures of the last weeks."),
        ))
        # Checked every few hours; it does its work once, on the month's first working day.
        scheduler.register(scheduler.PeriodicJob(
            name="insights.monthly_report",
            task="jembatan.insights.tasks.send_monthly_report",
            every=dt.timedelta(hours=4),
            description=_("Email last month's performance report to the forum's members."),
        ))
        # After every domain's demo (reports, conversations, posts, consultations), before search.
        register_demo_loader("insights", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.insights.demo.loader import insights_demo_load

    insights_demo_load(**kwargs)


def _recount_all(sender, **kwargs) -> None:
    from jembatan.insights.tasks import rebuild_all_days

    rebuild_all_days.enqueue()


def _register_change_words() -> None:
    """The public figures are stored by key; the audit log shows their names."""
    from jembatan.core.words import register_change_values
    from jembatan.insights.metrics import METRICS
    from jembatan.insights.models import Publication

    register_change_values({"metric_keys": lambda key: str(METRICS[key].label) if key in METRICS
                            else str(key)}, model=Publication)
