"""Django admin of the channels: the plumbing coordinators need to see (rules.py decides who)."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from jembatan.connectors import actions
from jembatan.connectors.models import WebhookDelivery
from jembatan.core.admin import PermissionByRulesMixin, ReadOnlyAdminMixin


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    """Every webhook request as received. Read-only: a failed one is processed again with the
    action, never edited."""

    list_display = ("received", "source", "object_type", "status", "tries", "outcome",
                    "short_error")
    list_filter = ("status", "source", "object_type", "attempts")
    search_fields = ("last_error", "note", "body_sha256")
    date_hierarchy = "received_at"
    show_full_result_count = False
    actions = ["process_again"]
    fields = ("source", "object_type", "received_at", "status", "attempts", "processed_at",
              "note", "last_error", "body_sha256", "body")
    readonly_fields = fields

    @admin.display(description=_("received"), ordering="received_at")
    def received(self, obj: WebhookDelivery):
        return obj.received_at

    @admin.display(description=_("attempts"), ordering="attempts")
    def tries(self, obj: WebhookDelivery) -> int:
        return obj.attempts

    @admin.display(description=_("outcome"))
    def outcome(self, obj: WebhookDelivery) -> str:
        return obj.note

    @admin.display(description=_("last error"))
    def short_error(self, obj: WebhookDelivery) -> str:
        return obj.last_error[:80]

    @admin.action(description=_("Process the selected deliveries again"),
                  permissions=["process"])
    def process_again(self, request, queryset):
        count = 0
        for delivery in queryset.exclude(status=WebhookDelivery.Status.PROCESSED):
            actions.webhook_delivery_process_again(delivery=delivery, actor=request.user)
            count += 1
        self.message_user(request, ngettext(
            "%(count)d delivery will be processed again.",
            "%(count)d deliveries will be processed again.", count) % {"count": count},
            messages.SUCCESS)

    def has_process_permission(self, request) -> bool:
        return request.user.has_perm("connectors.view_webhookdelivery")
