"""Readable names of the audit actions of the outgoing webhooks ("<who> <label>")."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "webhook_subscribe": _("subscribed a server to events (webhook)"),
    "webhook_change": _("changed a webhook subscription"),
    "webhook_rotate_secret": _("replaced the signing secret of a webhook"),
    "webhook_redeliver": _("sent a webhook event again"),
    "webhook_disable": _("disabled a webhook after repeated failures"),
}
