import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "jembatan.webhooks"
    label = "webhooks"
    verbose_name = _("Webhooks")

    def ready(self) -> None:
        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.core.events import event_committed
        from jembatan.notifications import kinds
        from jembatan.webhooks.audit_labels import LABELS
        from jembatan.webhooks.delivery import on_event_committed

        register_action_labels(LABELS)
        _register_change_words()
        event_committed.connect(on_event_committed, dispatch_uid="webhooks.event_record")
        kinds.register_kind(
            "webhook_disabled", _("Webhooks: a subscription was disabled"),
            description=_("A server subscribed to your agency's events failed to receive them "
                          "too many times in a row, so the subscription was turned off."))
        scheduler.register(scheduler.PeriodicJob(
            name="webhooks.retry_deliveries",
            task="jembatan.webhooks.tasks.retry_due_deliveries",
            every=dt.timedelta(minutes=1),
            description=_("Send webhook events again whose next attempt is due."),
        ))
        scheduler.register(scheduler.PeriodicJob(
            name="webhooks.prune_deliveries",
            task="jembatan.webhooks.tasks.prune_deliveries",
            every=dt.timedelta(days=1),
            description=_("Delete the webhook delivery log older than the days it is kept."),
        ))
        register_demo_loader("webhooks", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.webhooks.demo.loader import webhooks_demo_load

    webhooks_demo_load(**kwargs)


def _register_change_words() -> None:
    """The audit log shows the chosen events and a redelivery's status in words."""
    from django.utils.text import capfirst

    from jembatan.core.words import register_change_labels, register_change_values
    from jembatan.webhooks.event_types import event_label
    from jembatan.webhooks.models import Delivery, Subscription

    statuses = dict(Delivery.Status.choices)
    register_change_labels({"secret": _("signing secret"), "delivery": _("delivery number"),
                            "status": _("delivery status")}, model=Subscription)
    register_change_values({
        "events": lambda codes: ", ".join(event_label(code) for code in codes or []),
        "status": lambda value: capfirst(str(statuses.get(value, value or ""))),
    }, model=Subscription)
