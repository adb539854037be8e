from django.apps import AppConfig
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


def _topic_changed(sender, **kwargs) -> None:
    from jembatan.triage.taxonomy import taxonomy_invalidate

    # Now, so this process sees the change inside its own transaction, and again after the
    # commit, so that no other process keeps topics it read before the commit.
    taxonomy_invalidate()
    transaction.on_commit(taxonomy_invalidate)


def _load_shipped_taxonomy(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    from jembatan.triage.actions import taxonomy_sync_shipped
    from jembatan.triage.models import Topic

    if using != DEFAULT_DB_ALIAS:
        return
    if Topic._meta.db_table not in connections[using].introspection.table_names():
        return  # triage migrated backwards
    taxonomy_sync_shipped()


class TriageConfig(AppConfig):
    name = "jembatan.triage"
    label = "triage"
    verbose_name = _("Language intelligence")

    def ready(self) -> None:
        _register_change_words()
        import datetime as dt

        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.triage import audit_labels

        register_action_labels(audit_labels.LABELS)

        scheduler.register(scheduler.PeriodicJob(
            name="triage.retrain_router",
            task="jembatan.triage.tasks.retrain_router",
            every=dt.timedelta(hours=6),
            description=_("Retrain agency routing when enough new dispositions arrived."),
        ))
        # The shipped taxonomy reaches the database with every `migrate` (tests and the demo
        # included); see actions.taxonomy_sync_shipped for what it never overwrites.
        post_migrate.connect(_load_shipped_taxonomy, sender=self,
                             dispatch_uid="triage.load_shipped_taxonomy")
        post_save.connect(_topic_changed, sender="triage.Topic",
                          dispatch_uid="triage.topic_saved")
        post_delete.connect(_topic_changed, sender="triage.Topic",
                            dispatch_uid="triage.topic_deleted")


def _register_change_words() -> None:
    """Activating a model records which one, by id; the audit log names it."""
    from jembatan.core.words import names_by_pk, register_change_labels, register_change_values
    from jembatan.triage.models import RoutingModel

    register_change_labels({"active_model": _("active model")}, model=RoutingModel)
    register_change_values({"active_model": names_by_pk(RoutingModel)}, model=RoutingModel)
