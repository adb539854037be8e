"""Forms of the staff pages for conversations: the list's filters, the reply box, notes,
assignment, labels, needs-a-reply, conversion to a report, imports and the metrics period."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.connectors.models import CONNECTABLE, Conversation, Label, Platform
from jembatan.core.forms import IdMultipleChoiceField, ModelChoiceField, date_within_years
from jembatan.core.models import Agency, User
from jembatan.core.rules import memberships_of
from jembatan.reports.models import Category, Kind

MAX_BODY = 5000


def _agencies_for(user: User):
    agencies = Agency.objects.order_by("name")
    if user.is_coordinator:
        return agencies.filter(is_active=True)
    return agencies.filter(memberships__user=user)


class ConversationFilterForm(forms.Form):
    chip_without_label = ("order",)
    ASSIGNED_CHOICES = [("", _("anyone")), ("me", _("assigned to me")),
                        ("none", _("not assigned"))]

    q = forms.CharField(label=_("Search the messages"), required=False, max_length=200)
    channel = forms.ChoiceField(label=_("Channel"), required=False,
                                choices=[("", _("all channels")), *Platform.choices])
    agency = ModelChoiceField(label=_("Agency"), required=False, queryset=Agency.objects,
                              to_field_name="slug", empty_label=_("all agencies"))
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("any status")), *Conversation.Status.choices])
    unanswered = forms.BooleanField(label=_("Waiting for an answer"), required=False)
    stale = forms.BooleanField(label=_("Nobody answered for more than 24 hours"),
                               required=False)
    assigned = forms.ChoiceField(label=_("Assigned"), required=False, choices=ASSIGNED_CHOICES)
    order = forms.ChoiceField(label=_("Order"), required=False, choices=[
        ("", _("latest activity first")), ("oldest", _("longest waiting first"))])
    label = forms.ModelChoiceField(label=_("Label"), required=False, queryset=Label.objects,
                                   empty_label=_("any label"))

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        agencies = _agencies_for(user)
        self.fields["agency"].queryset = agencies.only("pk", "name", "slug", "short_name")
        if user.is_coordinator:
            self.fields["label"].queryset = Label.objects.all()
        else:
            self.fields["label"].queryset = Label.objects.filter(
                Q(agency__isnull=True) | Q(agency__in=agencies))
        self.user = user

    def choices_scope(self) -> tuple:
        """What decides this person's choices of agency and label: every agency for a
        coordinator, else their agencies (core.form_fields_cache keeps the fields under it)."""
        if self.user.is_coordinator:
            return ("all",)
        return ("agencies", *sorted(memberships_of(self.user)))


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Reply"), max_length=MAX_BODY,
                           widget=forms.Textarea(attrs={"rows": 5, "id": "id_body"}))


class TemplateReplyForm(forms.Form):
    """Outside WhatsApp's 24-hour window only an approved template message may be sent."""

    template = forms.CharField(label=_("Approved template name"), max_length=100,
                               help_text=_("The name of a message template approved by "
                                           "WhatsApp for this number, e.g. tindak_lanjut."))
    language = forms.CharField(label=_("Template language"), max_length=10, initial="id")
    params = forms.CharField(label=_("Template fields"), required=False, max_length=1024,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=_("One line for each field of the template, in order."))

    def clean_params(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["params"].splitlines()
                if line.strip()]


class NoteForm(forms.Form):
    body = forms.CharField(label=_("Internal note"), max_length=MAX_BODY,
                           widget=forms.Textarea(attrs={"rows": 3, "id": "id_note_body"}),
                           help_text=_("Only staff see notes; the citizen never does."))


class AssignForm(forms.Form):
    officer = forms.ModelChoiceField(label=_("Officer"), required=False, queryset=User.objects,
                                     empty_label=_("nobody"))

    def __init__(self, *args, officers, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers


class LabelsForm(forms.Form):
    labels = IdMultipleChoiceField(label=_("Labels"), required=False,
                                            queryset=Label.objects,
                                            widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, labels, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["labels"].queryset = labels


class NeedsReplyForm(forms.Form):
    needs_reply = forms.TypedChoiceField(
        label=_("Needs a reply"), coerce=lambda value: value == "yes",
        choices=[("yes", _("needs a reply")), ("no", _("no reply needed"))],
        widget=forms.RadioSelect)


class ConvertForm(forms.Form):
    title = forms.CharField(label=_("Title of the report"), required=False, max_length=200,
                            help_text=_("Leave empty to use the first line of the message."))
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices, initial=Kind.PENGADUAN)
    category = forms.ModelChoiceField(label=_("Category"), required=False,
                                      queryset=Category.objects.filter(is_active=True),
                                      empty_label=_("no category yet"))
    message = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    reply = forms.CharField(
        label=_("Public reply under the comment"), required=False, max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Everyone can read it. {kode} becomes the report's tracking code and "
                    "{tautan} the link where the citizen follows it; change the words as you "
                    "like."))

    def __init__(self, *args, conversation=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        from jembatan.connectors.actions import PRIVATE_CHANNELS
        from jembatan.connectors.notices import public_reply_default

        if conversation is not None and conversation.channel in PRIVATE_CHANNELS:
            # A private channel gets the standard notice with the access key.
            del self.fields["reply"]
        else:
            self.fields["reply"].initial = public_reply_default()


class ImportForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects)
    platform = forms.ChoiceField(label=_("Channel"),
                                 choices=[(p.value, p.label) for p in CONNECTABLE])
    file = forms.FileField(label=_("Export file (CSV or JSON)"))

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        agencies = _agencies_for(user)
        self.fields["agency"].queryset = agencies
        if agencies.count() == 1:
            self.fields["agency"].initial = agencies.first()


class MetricsForm(forms.Form):
    date_from = forms.DateField(label=_("From"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))
    agency = ModelChoiceField(label=_("Agency"), required=False, queryset=Agency.objects,
                              to_field_name="slug", empty_label=_("all agencies"))

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = _agencies_for(user)

    def clean_date_from(self):
        return date_within_years(self.cleaned_data.get("date_from"))

    def clean_date_to(self):
        return date_within_years(self.cleaned_data.get("date_to"))

    def period(self) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) in the installation's zone; the last 30 days by default."""
        data = self.cleaned_data if self.is_valid() else {}
        today = timezone.localdate()
        date_to = data.get("date_to") or today
        date_from = data.get("date_from") or date_to - dt.timedelta(days=29)
        if date_from > date_to:
            date_from, date_to = date_to, date_from
        start = timezone.make_aware(dt.datetime.combine(date_from, dt.time.min))
        end = timezone.make_aware(dt.datetime.combine(date_to + dt.timedelta(days=1),
                                                      dt.time.min))
        return start, end


ID_HELP = {
    Platform.WHATSAPP: _("WhatsApp: the phone_number_id from Meta's WhatsApp Manager."),
    Platform.FACEBOOK: _("Facebook: the Page id."),
    Platform.INSTAGRAM: _("Instagram: the professional account's id."),
    Platform.EMAIL: _("Email: the mailbox address."),
}


class AccountForm(forms.Form):
    platform = forms.ChoiceField(label=_("Platform"),
                                 choices=[(p.value, p.label) for p in CONNECTABLE])
    external_id = forms.CharField(label=_("Account id"), max_length=255,
                                  help_text=" ".join(str(text) for text in ID_HELP.values()))
    name = forms.CharField(label=_("Name shown to staff"), max_length=150,
                           required=False)
    token = forms.CharField(
        label=_("Access token or mailbox password"), required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("Stored encrypted and never shown again. Leave empty to keep "
                               "the stored one."))
    imap_host = forms.CharField(label=_("IMAP server (email only)"), max_length=255,
                                required=False)
    imap_port = forms.IntegerField(label=_("IMAP port"), min_value=1,
                                   max_value=65535, required=False, initial=993)
    imap_username = forms.CharField(label=_("IMAP user name"), max_length=255,
                                    required=False)
