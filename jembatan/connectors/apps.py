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
        _register_change_words()
        from jembatan.core import public_cache

        # The labels the conversation inbox's filter form offers (core.form_fields_cache).
        public_cache.watch(public_cache.LISTS, self.get_model("Label"))
        public_cache.watch(public_cache.CONVERSATIONS, self.get_model("Conversation"))
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


def _register_change_words() -> None:
    """Audit changes of conversations and accounts that are not fields, in words."""
    from django.utils.text import capfirst

    from jembatan.connectors.models import ConnectedAccount, Conversation, ConversationMessage
    from jembatan.core.words import HIDE_CHANGE, register_change_labels, register_change_values

    kinds = dict(ConversationMessage.Kind.choices)
    register_change_labels({"kind": _("kind of message"), "message": _("message"),
                            "note": _("note")}, model=Conversation)
    # The action says a message or note was written; its id says nothing to a person.
    register_change_values({"message": HIDE_CHANGE, "note": HIDE_CHANGE,
                            "kind": lambda value: capfirst(str(kinds.get(value, value)))},
                           model=Conversation)
    tokens = {"diganti": _("replaced"), "tetap": _("unchanged")}
    register_change_labels({"token": _("access token")}, model=ConnectedAccount)
    register_change_values({"token": lambda value: capfirst(str(tokens.get(value, value)))},
                           model=ConnectedAccount)


def _load_demo_channels(**kwargs) -> None:
    from jembatan.connectors.demo.loader import connectors_demo_load

    connectors_demo_load(**kwargs)
