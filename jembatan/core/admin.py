"""Django admin for the master data. Saves go through the actions so they are audited."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from jembatan.core import actions
from jembatan.core import actions as core_actions
from jembatan.core.changes import diff, snapshot
from jembatan.core.context_processors import JURISDICTION_CACHE_KEY
from jembatan.core.models import (
    Agency,
    AuditEntry,
    DayOff,
    Jurisdiction,
    Membership,
    PendingWork,
    Region,
    User,
)


class PermissionByRulesMixin:
    """Show a model in the admin index to whoever may view it (rules.py decides)."""

    # Django 6's default: a website typed without a scheme means https.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_module_permission(self, request):
        return self.has_view_permission(request)


class ReadOnlyAdminMixin:
    """Rows the application writes and people only read here: nobody adds, changes or deletes
    them by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# Never copied into the audit log, even when a form changes them.
SECRET_FIELDS = frozenset({"password"})


class AuditedAdminMixin:
    """Saves and deletes through core's admin actions, so an edit made here is audited like
    any other (an admin class with its own domain actions overrides these)."""

    def save_model(self, request, obj, form, change):
        names = [field.name for field in obj._meta.concrete_fields
                 if field.name in form.changed_data and field.name not in SECRET_FIELDS]
        before = snapshot(type(obj)._default_manager.get(pk=obj.pk), names) if change else {}
        actions.admin_entry_save(actor=request.user, obj=obj,
                                 changes=diff(before, snapshot(obj, names)))

    def delete_model(self, request, obj):
        actions.admin_entry_delete(actor=request.user, obj=obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            actions.admin_entry_delete(actor=request.user, obj=obj)


@admin.register(Jurisdiction)
class JurisdictionAdmin(AuditedAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("name", "short_name", "code", "region_code")
    fields = (
        "name", "short_name", "code", "region_code", "tagline", "logo", "address", "phone",
        "email", "website", "observe_cuti_bersama", "require_staff_two_factor",
        "consultations_require_review", "public_settings",
    )

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not Jurisdiction.objects.exists()

    def save_model(self, request, obj, form, change):
        actions.jurisdiction_save(
            actor=request.user,
            jurisdiction=obj,
            changes={
                name: [None if not change else str(form.initial.get(name, "")),
                       str(form.cleaned_data.get(name))]
                for name in form.changed_data
            },
        )
        cache.delete(JURISDICTION_CACHE_KEY)


@admin.register(Region)
class RegionAdmin(AuditedAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("code", "name", "level", "parent", "postal_code")
    list_filter = ("level",)
    search_fields = ("code", "name")
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("user",)
    fields = ("user", "role")
    # Memberships are changed on their own page so each change is audited.
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Agency)
class AgencyAdmin(AuditedAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("name", "short_name", "kind", "parent", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("name", "short_name", "slug", "duties")
    prepopulated_fields = {"slug": ("short_name",)}
    autocomplete_fields = ("parent", "region")
    list_select_related = ("parent",)
    inlines = [MembershipInline]
    fieldsets = (
        (None, {"fields": ("name", "short_name", "slug", "kind", "parent", "region", "is_active")}),
        (_("Duties"), {"fields": ("duties",)}),
        (_("Public contacts"), {"fields": ("phone", "email", "website", "address",
                                           "service_hours")}),
    )

    def save_model(self, request, obj, form, change):
        values = {name: form.cleaned_data[name] for name in form.changed_data}
        if change:
            original = Agency.objects.get(pk=obj.pk)
            actions.agency_update(agency=original, actor=request.user, **values)
            obj.refresh_from_db()
        else:
            created = actions.agency_create(
                actor=request.user,
                **{name: form.cleaned_data[name] for name in actions.AGENCY_ALL_FIELDS
                   if name in form.cleaned_data},
            )
            obj.pk = created.pk
            obj.refresh_from_db()


@admin.register(User)
class UserAdmin(AuditedAdminMixin, PermissionByRulesMixin, DjangoUserAdmin):
    list_display = ("username", "full_name", "email", "phone", "is_coordinator", "is_active")
    list_filter = ("is_coordinator", "is_staff", "is_active")
    search_fields = ("username", "full_name", "email", "phone")
    ordering = ("full_name",)
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (_("Personal info"), {"fields": ("full_name", "email", "phone")}),
        (_("Roles"), {"fields": ("is_coordinator", "is_active", "is_staff", "is_superuser")}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",),
                "fields": ("username", "full_name", "email", "phone", "password1", "password2")}),
    )

    actions = ["reset_two_factor"]

    @admin.action(description=_("Reset two-step sign-in (lost phone)"),
                  permissions=["reset_two_factor"])
    def reset_two_factor(self, request, queryset):
        for user in queryset:
            core_actions.two_factor_reset(user=user, actor=request.user)
        self.message_user(request, _("Two-step sign-in has been reset. The person sets it up "
                                     "again from their account page."))

    def has_reset_two_factor_permission(self, request) -> bool:
        return request.user.has_perm("core.reset_two_factor")

    def get_readonly_fields(self, request, obj=None):
        # Only a superuser hands out superuser or Django-staff rights.
        if request.user.is_superuser:
            return ()
        return ("is_staff", "is_superuser", "last_login", "date_joined")


@admin.register(Membership)
class MembershipAdmin(PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("user", "agency", "role", "created_at")
    list_filter = ("role", "agency__kind")
    search_fields = ("user__full_name", "user__username", "agency__name", "agency__short_name")
    autocomplete_fields = ("user", "agency")
    list_select_related = ("user", "agency")

    def get_readonly_fields(self, request, obj=None):
        return ("user", "agency") if obj else ()

    def save_model(self, request, obj, form, change):
        membership = actions.membership_set(
            user=obj.user, agency=obj.agency, role=obj.role, actor=request.user
        )
        obj.pk = membership.pk

    def delete_model(self, request, obj):
        actions.membership_remove(membership=obj, actor=request.user)

    def delete_queryset(self, request, queryset):
        for membership in queryset.select_related("agency"):
            actions.membership_remove(membership=membership, actor=request.user)


@admin.register(DayOff)
class DayOffAdmin(PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("date", "name", "kind")
    list_filter = ("kind",)
    date_hierarchy = "date"
    search_fields = ("name",)

    def save_model(self, request, obj, form, change):
        actions.day_off_save(day_off=obj, actor=request.user)

    def delete_model(self, request, obj):
        actions.day_off_delete(day_off=obj, actor=request.user)

    def delete_queryset(self, request, queryset):
        for day_off in queryset:
            actions.day_off_delete(day_off=day_off, actor=request.user)


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("created_at", "actor_label", "action", "object_repr", "agency")
    list_filter = ("action", "content_type", "agency")
    search_fields = ("object_repr", "actor_label", "action")
    list_select_related = ("agency",)
    date_hierarchy = "created_at"
    show_full_result_count = False


admin.site.unregister(DBTaskResult)
# Permissions come from the rules (core/rules.py); Django's groups grant nothing here.
admin.site.unregister(Group)


@admin.register(DBTaskResult)
class TaskResultAdmin(PermissionByRulesMixin, DBTaskResultAdmin):
    """Background work with its status and errors, visible to coordinators."""


@admin.register(PendingWork)
class PendingWorkAdmin(ReadOnlyAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    """Work waiting for a coalesced background run (core/background.enqueue_coalesced), so a
    coordinator can see whether a recount is behind. Read only: the run that takes it is the
    only thing that should remove it."""

    list_display = ("work", "created_at")
    fields = ("work", "created_at")
    readonly_fields = ("work", "created_at")
    ordering = ("id",)
    show_full_result_count = False  # no count of a table a burst of reports can fill

    @admin.display(description=_("task"))
    def work(self, obj) -> str:
        from jembatan.core.background import task_label

        return task_label(obj.task_path)
