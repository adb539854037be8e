from django.contrib import admin

from jembatan.core.admin import PermissionByRulesMixin
from jembatan.triage.models import RoutingModel, TriageSettings


@admin.register(TriageSettings)
class TriageSettingsAdmin(PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("__str__", "auto_dispose", "auto_dispose_threshold", "retrain_after")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(RoutingModel)
class RoutingModelAdmin(PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("__str__", "created_at", "kind", "n_examples", "accuracy", "macro_f1",
                    "is_active")
    exclude = ("blob",)
    readonly_fields = ("created_at", "kind", "n_examples", "n_agencies", "accuracy", "macro_f1",
                       "evaluation")

    def has_add_permission(self, request):
        return False
