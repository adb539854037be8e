from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from jembatan.core.models import Agency, User
from jembatan.core.phone import normalize_phone
from jembatan.core.rules import agencies_for_editing
from jembatan.core.uploads import clean_uploads

# The years a date typed into a form or a filter may fall in; beyond them it is a typing mistake,
# and near year 1 or 9999 a period's day arithmetic or a time zone conversion would leave the
# range of dates Python knows.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def date_within_years(value):
    """The date (or None), or a ValidationError when it lies outside FIRST_YEAR–LAST_YEAR."""
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(_("Choose a date between %(first)s and %(last)s.")
                              % {"first": FIRST_YEAR, "last": LAST_YEAR})
    return value

# The range of a 64-bit database integer (SQLite INTEGER, PostgreSQL bigint).
_ID_MIN, _ID_MAX = -(2**63), 2**63 - 1


def _refuse_nul(field: forms.Field, values) -> None:
    # Model choice fields look their value up before any validator runs, and PostgreSQL
    # cannot compare text holding NUL: a tampered form answered 500 instead of a form error.
    for value in values:
        if isinstance(value, str) and "\x00" in value:
            raise forms.ValidationError(field.error_messages["invalid_choice"],
                                        code="invalid_choice",
                                        params={"value": value.replace("\x00", "")})


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Up to five photos or PDFs, each checked and cleaned by jembatan.core.uploads."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={
            "accept": "image/jpeg,image/png,image/webp,image/gif,application/pdf"}))
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return clean_uploads(files)


class ModelChoiceField(forms.ModelChoiceField):
    """Django's ModelChoiceField, with a NUL character an invalid choice (not a server error)."""

    def to_python(self, value):
        _refuse_nul(self, [value])
        return super().to_python(value)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's ModelMultipleChoiceField, with a NUL character an invalid choice."""

    def _check_values(self, value):
        _refuse_nul(self, value)
        return super()._check_values(value)


class IdMultipleChoiceField(ModelMultipleChoiceField):
    """ModelMultipleChoiceField that refuses ids outside the database's integer range as
    invalid choices. Django's own `__in` lookup sends them to the database, where SQLite raises
    OverflowError and PostgreSQL an error, so a tampered form answered 500."""

    def _check_values(self, value):
        key = self.to_field_name or "pk"
        meta = self.queryset.model._meta
        field = meta.pk if key == "pk" else meta.get_field(key)
        if isinstance(field, models.IntegerField):
            for item in value:
                try:
                    number = int(str(item).strip())
                except ValueError:
                    continue  # Django's own check answers "not a valid value"
                if not _ID_MIN <= number <= _ID_MAX:
                    raise forms.ValidationError(self.error_messages["invalid_pk_value"],
                                                code="invalid_pk_value", params={"pk": item})
        return super()._check_values(value)


class AgencyProfileForm(forms.ModelForm):
    """What an agency admin keeps up to date about their own agency."""

    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Agency
        fields = ("duties", "phone", "email", "website", "address", "service_hours")
        widgets = {"duties": forms.Textarea(attrs={"rows": 5})}

    def clean_phone(self) -> str:
        raw = self.cleaned_data["phone"].strip()
        if raw and normalize_phone(raw) is None:
            raise forms.ValidationError(_("Enter a valid phone number, for example 0286 321123."))
        return raw


class AuditFilterForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=_("Agency"), queryset=Agency.objects.order_by("name"), required=False
    )
    actor = forms.ModelChoiceField(
        label=_("Actor"),
        queryset=User.objects.filter(audit_entries__isnull=False).distinct().order_by("full_name"),
        required=False,
    )
    object_type = forms.ModelChoiceField(
        label=_("Object type"),
        queryset=ContentType.objects.filter(auditentry__isnull=False).distinct().order_by("model"),
        required=False,
    )
    q = forms.CharField(label=_("Search"), required=False, max_length=100)


class WorkdayCalculatorForm(forms.Form):
    start = forms.DateTimeField(
        label=_("Received at"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
    )
    days = forms.IntegerField(label=_("Working days"), min_value=1, max_value=120, initial=5)


class AgencyChoiceMixin:
    """New entries: the agency is one the user may add for; on edit the agency stays."""

    def setup_agency(self, user, *, editing: bool) -> None:
        if editing:
            del self.fields["agency"]
            return
        agencies = agencies_for_editing(user).order_by("name")
        self.fields["agency"].queryset = agencies
        if agencies.count() == 1:
            self.fields["agency"].initial = agencies.first()


def error_text(error: ValidationError) -> str:
    """The messages of a ValidationError as one text, for a flash message or a short answer."""
    return " ".join(error.messages)


def form_error_text(form: forms.BaseForm) -> str:
    """Every error of a bound form as one text, field by field."""
    return " ".join(message for errors in form.errors.values() for message in errors)


def form_errors_flash(request: HttpRequest, form: forms.BaseForm) -> None:
    """Each field's errors as a message of its own, for a form posted from another page."""
    for errors in form.errors.values():
        messages.error(request, " ".join(errors))


def form_add_validation_error(form, error: ValidationError) -> None:
    """An action's ValidationError on the form: on its field when the form has one."""
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def form_page(request: HttpRequest, form: forms.BaseForm, save: Callable[[dict], models.Model],
              *, done: str, template: str, context: dict | None = None) -> HttpResponse:
    """A page whose one form calls one action: on a valid POST `save(cleaned_data)` calls it
    and returns the object to go to, with `done` as the message; the action's ValidationError
    goes onto the form. The form comes back with 400 while it has errors."""
    if request.method == "POST" and form.is_valid():
        try:
            saved = save(form.cleaned_data)
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, done)
            return redirect(saved.get_absolute_url())
    status = 400 if form.is_bound and form.errors else 200
    return render(request, template, {"form": form, **(context or {})}, status=status)
