from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _
from django_tasks_db.apps import TasksAppConfig


class CoreConfig(AppConfig):
    default = True
    name = "jembatan.core"
    label = "core"
    verbose_name = _("Regency and people")

    def ready(self) -> None:
        import datetime as dt

        from jembatan.core import scheduler
        from jembatan.core.audit_labels import LABELS, register_action_labels
        from jembatan.core.models import User
        from jembatan.core.words import register_change_labels, register_change_values

        register_action_labels(LABELS)
        from jembatan.core import public_cache
        from jembatan.core.models import Agency, Jurisdiction, Region

        # The header, the footer and every list name the regency, its regions and agencies.
        public_cache.watch(public_cache.SITE, Jurisdiction, Region, Agency)
        public_cache.watch(public_cache.LISTS, Region, Agency)
        from jembatan.core.models import Membership

        # A report's "assign to" list: the lead agency's people (reports/views._action_fields).
        public_cache.watch(public_cache.PEOPLE, User, Membership)
        from jembatan.core.relations import keep_rows

        keep_rows(Region, Agency)  # read from memory while LISTS keeps its version
        # The working-day calendar's rules are kept in the cache (core.workdays).
        from django.db.models.signals import post_delete, post_save

        from jembatan.core.models import DayOff
        from jembatan.core.workdays import forget_calendar

        for model in (DayOff, Jurisdiction):
            uid = f"working-calendar:{model._meta.label}"
            post_save.connect(forget_calendar, sender=model, dispatch_uid=uid + ":save")
            post_delete.connect(forget_calendar, sender=model, dispatch_uid=uid + ":delete")
        # So is the jurisdiction every page names (core.context_processors.jurisdiction).
        from jembatan.core.context_processors import forget_jurisdiction

        post_save.connect(forget_jurisdiction, sender=Jurisdiction,
                          dispatch_uid="jurisdiction-shown:save")
        post_delete.connect(forget_jurisdiction, sender=Jurisdiction,
                            dispatch_uid="jurisdiction-shown:delete")
        # Audit changes that are not fields of the model, in words.
        register_change_labels({"devices": _("two-factor devices")}, model=User)
        # An agency's slug is the last part of its public page's address: shown as that address.
        register_change_labels({"slug": _("address of its public page")}, model=Agency)
        register_change_values({"slug": _agency_page_address}, model=Agency)
        from jembatan.core import request_log  # noqa: F401 - connects the task log lines
        scheduler.register(scheduler.PeriodicJob(
            name="recover_stalled_tasks", task="jembatan.core.tasks.recover_stalled_tasks",
            every=dt.timedelta(minutes=1),
            description=_("Queue again the background work of workers that stopped")))
        scheduler.register(scheduler.PeriodicJob(
            name="do_all_pending_work", task="jembatan.core.tasks.do_all_pending_work",
            every=dt.timedelta(minutes=1),
            description=_("Update what changes wait for when its own run was lost")))


class JembatanAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "jembatan.core.admin_site.JembatanAdminSite"


class TasksDatabaseConfig(TasksAppConfig):
    """django-tasks-db under a name people read (the admin, the audit log's object types)."""

    default = False
    verbose_name = _("Background work")


def _agency_page_address(slug) -> str:
    from django.urls import reverse

    return reverse("portal:agency", kwargs={"slug": slug})
