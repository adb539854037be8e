import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "jembatan.reports"
    label = "reports"
    verbose_name = _("Public reports")

    def ready(self) -> None:
        _register_change_words()
        from jembatan.core import background, scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.core.signals import calendar_changed
        from jembatan.reports import audit_labels, search_documents
        from jembatan.search.registry import register as search_source_register
        from jembatan.triage.sources import decisions_source_register

        register_action_labels(audit_labels.LABELS)
        from jembatan.core import public_cache

        # The public list, a report's public page and its API read.
        public_cache.watch(public_cache.REPORTS, *self.get_models())
        # The topics the staff's filter forms offer (core.form_fields_cache).
        public_cache.watch(public_cache.LISTS, self.get_model("Category"))
        from jembatan.core.relations import keep_rows

        keep_rows(self.get_model("Category"))
        _register_notification_kinds()
        search_source_register(search_documents.SOURCE)
        # Triage learns routing from the coordinators' dispositions without reading reports.
        decisions_source_register(decisions=_training_decisions,
                                  count=_training_decision_count)
        register_demo_loader("reports", _load_demo_reports)
        background.register_worker_warm_up("jembatan.reports.routing.warm_up")
        calendar_changed.connect(_recompute_deadlines, dispatch_uid="reports_recompute")
        scheduler.register(scheduler.PeriodicJob(
            name="reports.deadline_reminders",
            task="jembatan.reports.tasks.send_deadline_reminders",
            every=dt.timedelta(minutes=30),
            description=_("Remind agencies before deadlines; tell coordinators when missed."),
        ))
        scheduler.register(scheduler.PeriodicJob(
            name="reports.auto_close",
            task="jembatan.reports.tasks.auto_close_reports",
            every=dt.timedelta(hours=1),
            description=_("Close answered reports after 10 working days without a reply."),
        ))


def _register_notification_kinds() -> None:
    """The report events that ask a staff member to act; they reach the bell, and email as
    each person chose (right away by default)."""
    from jembatan.notifications.kinds import register_kind

    register_kind("report_disposed", _("A report was disposed to your agency"),
                  description=_("The coordinator sent a report to your agency, as lead or "
                                "supporting agency. Acknowledge it within the deadline."))
    register_kind("report_returned", _("An agency returned a report"),
                  description=_("For coordinators: an agency said a report is not its "
                                "matter; dispose it again."))
    register_kind("reporter_message", _("The reporter wrote on a report"),
                  description=_("New information or a question from the reporter on a report "
                                "your agency handles."))
    register_kind("report_reopened", _("A reporter reopened a report"),
                  description=_("The reporter was not satisfied with the answer."))
    register_kind("report_objection", _("An objection was filed"),
                  description=_("The reporter objected to how an information request was "
                                "handled."))
    register_kind("report_urgent", _("An urgent report"),
                  description=_("A report describes a danger to life or property now."))
    register_kind("deadline_reminder", _("A report's deadline is near"),
                  description=_("One working day before a report of your agency is due."))
    register_kind("deadline_missed", _("A report's deadline was missed"),
                  description=_("For coordinators: a report is past its deadline."))


# Imported when called: the language models load only where reports are read or trained on.
def _training_decisions():
    from jembatan.reports.routing import training_decisions

    return training_decisions()


def _training_decision_count(since=None) -> int:
    from jembatan.reports.routing import training_decision_count

    return training_decision_count(since)


def _load_demo_reports(**kwargs) -> None:
    from jembatan.reports.demo.loader import reports_demo_load

    reports_demo_load(**kwargs)


def _recompute_deadlines(sender, **kwargs) -> None:
    from jembatan.reports.tasks import recompute_deadlines

    recompute_deadlines.enqueue()


def _register_change_words() -> None:
    """A report's audit entries also record its rating and its messages' visibility."""
    from django.utils.text import capfirst

    from jembatan.core.words import register_change_labels, register_change_values
    from jembatan.reports.models import Message, Rating, Report

    visibility = dict(Message.Visibility.choices)
    register_change_labels({"score": Rating._meta.get_field("score").verbose_name,
                            "visibility": Message._meta.get_field("visibility").verbose_name},
                           model=Report)

    def visibility_words(value) -> str:
        return capfirst(str(visibility.get(value, value)))

    register_change_values({"visibility": visibility_words}, model=Report)
