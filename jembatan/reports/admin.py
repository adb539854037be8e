"""Admin for what coordinators maintain: categories, clock policies, canned responses.

Reports themselves are handled in the staff pages, through the actions; the admin only lists
them (read-only) so nothing bypasses the lifecycle or the audit log.
"""

from django.contrib import admin

from jembatan.core.admin import AuditedAdminMixin, PermissionByRulesMixin, ReadOnlyAdminMixin
from jembatan.reports.models import CannedResponse, Category, ClockPolicy, Report


@admin.register(Category)
class CategoryAdmin(AuditedAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("name", "default_agency", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name",)
    autocomplete_fields = ("default_agency",)
    list_select_related = ("default_agency",)


@admin.register(ClockPolicy)
class ClockPolicyAdmin(AuditedAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("stage", "kind", "agency", "working_days")
    list_filter = ("stage", "kind")
    autocomplete_fields = ("agency",)
    list_select_related = ("agency",)


@admin.register(CannedResponse)
class CannedResponseAdmin(AuditedAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("title", "agency")
    list_filter = ("agency__kind",)
    search_fields = ("title", "body")
    autocomplete_fields = ("agency",)
    list_select_related = ("agency",)


@admin.register(Report)
class ReportAdmin(ReadOnlyAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("tracking_code", "title", "kind", "status", "lead_agency", "created_at")
    list_filter = ("status", "kind", "privacy", "channel")
    search_fields = ("tracking_code", "title")
    list_select_related = ("lead_agency",)
    show_full_result_count = False
    # The reporter's identity is not shown here: the staff page applies the privacy rules.
    fields = ("tracking_code", "kind", "title", "body", "privacy", "status", "channel",
              "lead_agency", "deadline", "created_at")
    readonly_fields = fields
