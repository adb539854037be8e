from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from jembatan.core.admin import AuditedAdminMixin, PermissionByRulesMixin
from jembatan.core.forms import error_text
from jembatan.triage import actions
from jembatan.triage.models import RoutingModel, Topic, TriageSettings
from jembatan.triage.taxonomy import terms_join, terms_split


@admin.register(TriageSettings)
class TriageSettingsAdmin(AuditedAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("__str__", "auto_dispose", "auto_dispose_threshold", "retrain_after")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(RoutingModel)
class RoutingModelAdmin(AuditedAdminMixin, PermissionByRulesMixin, admin.ModelAdmin):
    list_display = ("__str__", "created_at", "kind", "n_examples", "accuracy", "macro_f1",
                    "is_active")
    exclude = ("blob",)
    readonly_fields = ("created_at", "kind", "n_examples", "n_agencies", "accuracy", "macro_f1",
                       "evaluation")

    def has_add_permission(self, request):
        return False


class TopicForm(forms.ModelForm):
    class Meta:
        model = Topic
        fields = ("name", "message_keywords", "agency_kinds", "duty_keywords", "is_active")
        widgets = {name: forms.Textarea(attrs={"rows": 6, "cols": 100})
                   for name in actions.TERM_FIELDS}

    def clean(self):
        cleaned = super().clean()
        for name in actions.TERM_FIELDS:
            if name in cleaned:
                cleaned[name] = terms_join(terms_split(cleaned[name]))
        if "message_keywords" in cleaned and not cleaned["message_keywords"]:
            self.add_error("message_keywords",
                           _("Give at least one word or phrase that citizens write."))
        return cleaned


@admin.register(Topic)
class TopicAdmin(PermissionByRulesMixin, admin.ModelAdmin):
    """The routing taxonomy. Saves go through the actions: audited, and the trained model is
    marked for retraining."""

    form = TopicForm
    list_display = ("name", "is_active", "is_shipped", "is_customized", "updated_at")
    list_filter = ("is_active", "is_shipped", "is_customized")
    search_fields = ("name", "message_keywords", "agency_kinds", "duty_keywords")
    readonly_fields = ("is_shipped", "is_customized", "updated_at")
    actions = ["restore_shipped"]

    @admin.action(description=_("Restore the shipped words"), permissions=["change"])
    def restore_shipped(self, request, queryset):
        restored = 0
        for topic in queryset.filter(is_shipped=True, is_customized=True):
            try:
                actions.topic_restore_shipped(topic=topic, actor=request.user)
            except ValidationError as error:
                self.message_user(request, f"{topic.name}: {error_text(error)}",
                                  messages.WARNING)
            else:
                restored += 1
        self.message_user(request, ngettext("%(count)d topic restored to the shipped words.",
                                            "%(count)d topics restored to the shipped words.",
                                            restored) % {"count": restored}, messages.SUCCESS)

    def get_readonly_fields(self, request, obj=None):
        # The shipped taxonomy is matched by name when Jembatan is updated.
        if obj is not None and obj.is_shipped:
            return ("name", *self.readonly_fields)
        return self.readonly_fields

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and obj.is_shipped)

    def save_model(self, request, obj, form, change):
        if change:
            original = Topic.objects.get(pk=obj.pk)
            actions.topic_update(topic=original, actor=request.user,
                                 **{name: form.cleaned_data[name] for name in form.changed_data})
        else:
            created = actions.topic_create(
                actor=request.user,
                **{name: form.cleaned_data[name] for name in actions.TOPIC_FIELDS
                   if name in form.cleaned_data},
            )
            obj.pk = created.pk
        obj.refresh_from_db()

    def delete_model(self, request, obj):
        actions.topic_delete(topic=obj, actor=request.user)

    def delete_queryset(self, request, queryset):
        # The admin refuses a bulk delete that includes a shipped topic before it gets here.
        for topic in queryset:
            actions.topic_delete(topic=topic, actor=request.user)
