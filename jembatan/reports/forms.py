from __future__ import annotations

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core.forms import ModelChoiceField, ModelMultipleChoiceField, MultipleFileField
from jembatan.core.models import Agency, Region, User
from jembatan.core.phone import normalize_phone
from jembatan.reports.models import (
    OFFICER_ENTRY_CHANNELS,
    Category,
    Channel,
    Kind,
    Privacy,
    RejectionReason,
    Status,
)

KIND_HELP = {
    Kind.PENGADUAN: _("Something is wrong and needs fixing: a broken road, a service refused."),
    Kind.ASPIRASI: _("An idea or a wish for your area or for a public service."),
    Kind.INFORMASI: _("Ask a public body for information or a document (UU 14/2008)."),
    Kind.PERTANYAAN: _("A question about a service, its requirements or its schedule."),
}
# What each privacy choice means, next to its radio button: who sees the name, who reads the
# content, what the site publishes. Keep in step with rules.may_see_reporter/may_see_content and
# selectors.reports_public (the public never sees a reporter's name, whatever the choice).
PRIVACY_HELP = {
    Privacy.PUBLIK: (
        _("Your name and contact: seen by the coordinators and the officers of the agency "
          "handling the report."),
        _("Content: anyone can read it."),
        _("On this site: once the coordinator has checked it, the report and its answers are "
          "published, without your name."),
    ),
    Privacy.ANONIM: (
        _("Your name and contact: seen only by the coordinators; the agency handling the report "
          "does not see them."),
        _("Content: anyone can read it."),
        _("On this site: once the coordinator has checked it, the report and its answers are "
          "published, without your name."),
    ),
    Privacy.RAHASIA: (
        _("Your name and contact: seen by the coordinators and the officers of the agency "
          "handling the report."),
        _("Content: read only by the coordinators and the officers of the agency handling the "
          "report."),
        _("On this site: nothing is published."),
    ),
}


def kecamatan_choices():
    return Region.objects.filter(level=Region.Level.KECAMATAN).order_by("name")


class RegionFieldsMixin:
    """Kecamatan → desa selects from the official region list."""

    def _setup_regions(self):
        self.fields["kecamatan"].queryset = kecamatan_choices()
        code = self.data.get(self.add_prefix("kecamatan")) or self.initial.get("kecamatan")
        desa = Region.objects.exclude(level=Region.Level.KECAMATAN).order_by("name")
        # The raw code filters the list: a forged one with NUL must not reach PostgreSQL (the
        # kecamatan field itself answers it with a form error).
        usable = bool(code) and "\x00" not in str(code)
        self.fields["desa"].queryset = desa.filter(parent_id=code) if usable else desa.none()

    def _clean_regions(self, cleaned):
        kecamatan, desa = cleaned.get("kecamatan"), cleaned.get("desa")
        if desa and kecamatan and desa.parent_id != kecamatan.pk:
            self.add_error("desa", _("This desa/kelurahan is not in the chosen kecamatan."))


class ReporterPhoneMixin:
    def clean_reporter_phone(self):
        raw = self.cleaned_data["reporter_phone"].strip()
        if raw and normalize_phone(raw) is None:
            raise ValidationError(_("Enter a valid phone number, for example 0812 3456 7890."))
        return raw


class ReportForm(ReporterPhoneMixin, RegionFieldsMixin, forms.Form):
    """The public form: no account needed."""

    kind = forms.ChoiceField(label=_("What do you want to send?"), choices=Kind.choices,
                             widget=forms.RadioSelect, initial=Kind.PENGADUAN)
    title = forms.CharField(label=_("Title"), max_length=150,
                            help_text=_("In a few words, e.g. “Jalan berlubang di depan SD 2”."))
    body = forms.CharField(label=_("Your report"), max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 7}),
                           help_text=_("What happened, where and since when. Please do not "
                                       "write your NIK or bank account here."))
    kecamatan = ModelChoiceField(label=_("Kecamatan"), queryset=Region.objects.none(),
                                 required=False, to_field_name="code",
                                 empty_label=_("— choose a kecamatan —"))
    desa = ModelChoiceField(label=_("Desa/kelurahan"), queryset=Region.objects.none(),
                            required=False, to_field_name="code",
                            empty_label=_("— choose a desa/kelurahan —"))
    address = forms.CharField(label=_("Address or landmark"), max_length=255, required=False)
    latitude = forms.DecimalField(label=_("Latitude"), required=False, max_digits=9,
                                  decimal_places=6, min_value=-90, max_value=90,
                                  widget=forms.HiddenInput)
    longitude = forms.DecimalField(label=_("Longitude"), required=False, max_digits=9,
                                   decimal_places=6, min_value=-180, max_value=180,
                                   widget=forms.HiddenInput)
    attachments = MultipleFileField(
        label=_("Photos or documents"),
        help_text=_("Up to 5 files: JPEG, PNG, WebP, GIF or PDF, 10 MB each. Location data in "
                    "photos is removed."),
    )
    reporter_name = forms.CharField(label=_("Your name"), max_length=150, required=False)
    reporter_email = forms.EmailField(label=_("Email"), required=False,
                                      help_text=_("We send the tracking code and every answer "
                                                  "here."))
    reporter_phone = forms.CharField(label=_("Phone or WhatsApp"), max_length=30, required=False)
    privacy = forms.ChoiceField(label=_("Who may see your report?"), choices=Privacy.choices,
                                widget=forms.RadioSelect, initial=Privacy.PUBLIK)
    consent = forms.BooleanField(
        label=_("I agree that my report and contact details are processed to handle this "
                "report, as described above, and that the information I give is true."),
        error_messages={"required": _("Tick the box to agree before sending the report.")},
    )
    # The error summary names a field by its label; this one's label is a whole paragraph.
    consent.summary_label = _("Agreement")
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    idempotency_key = forms.CharField(widget=forms.HiddenInput, max_length=64)
    pow_challenge = forms.CharField(widget=forms.HiddenInput, required=False)
    pow_nonce = forms.CharField(widget=forms.HiddenInput, required=False, max_length=32)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_regions()
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", uuid.uuid4().hex)

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("Your report could not be sent. Please try again."))
        return ""

    def clean(self):
        cleaned = super().clean()
        self._clean_regions(cleaned)
        return cleaned


class OfficerReportForm(ReporterPhoneMixin, RegionFieldsMixin, forms.Form):
    """A report received by phone, in person, by letter or SMS, entered by an officer."""

    channel = forms.ChoiceField(
        label=_("Received by"),
        choices=[(c.value, c.label) for c in OFFICER_ENTRY_CHANNELS],
    )
    received_at = forms.DateTimeField(
        label=_("Received at"), required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=_("Leave empty if the report was received just now. The legal clock starts "
                    "from this moment."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=150)
    body = forms.CharField(label=_("What the citizen reported"), max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 6}))
    kecamatan = ModelChoiceField(label=_("Kecamatan"), queryset=Region.objects.none(),
                                 required=False, to_field_name="code")
    desa = ModelChoiceField(label=_("Desa/kelurahan"), queryset=Region.objects.none(),
                            required=False, to_field_name="code")
    address = forms.CharField(label=_("Address or landmark"), max_length=255, required=False)
    category = forms.ModelChoiceField(label=_("Category"), required=False,
                                      queryset=Category.objects.filter(is_active=True))
    reporter_name = forms.CharField(label=_("Citizen's name"), max_length=150, required=False)
    reporter_email = forms.EmailField(label=_("Citizen's email"), required=False)
    reporter_phone = forms.CharField(label=_("Citizen's phone"), max_length=30, required=False)
    privacy = forms.ChoiceField(label=_("Who may see the report?"), choices=Privacy.choices,
                                widget=forms.RadioSelect, initial=Privacy.PUBLIK)
    attachments = MultipleFileField(label=_("Scans or photos"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_regions()

    def clean_received_at(self):
        value = self.cleaned_data.get("received_at")
        if value and value > timezone.now():
            raise ValidationError(_("The report cannot have been received in the future."))
        return value

    def clean(self):
        cleaned = super().clean()
        self._clean_regions(cleaned)
        return cleaned


class TrackForm(forms.Form):
    tracking_code = forms.CharField(label=_("Tracking code"), max_length=20,
                                    widget=forms.TextInput(attrs={"autocapitalize": "characters",
                                                                  "placeholder": "WSB-7KX3-9P"}))
    access_key = forms.CharField(label=_("Access key"), max_length=30,
                                 widget=forms.TextInput(attrs={"autocapitalize": "characters",
                                                               "autocomplete": "off"}))


class SendKeyForm(forms.Form):
    """The reporter sends the code and the key just issued to an email address of their choice."""

    email = forms.EmailField(
        label=_("Email address"), max_length=254,
        error_messages={"required": _("Enter the email address to send the key to."),
                        "invalid": _("Enter an email address like nama@contoh.id.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class PublicFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), required=False,
                             choices=[("", _("All kinds")), *Kind.choices])
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[
        ("", _("All statuses")),
        *[(s.value, s.label) for s in (Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITUNDA,
                                       Status.DITINDAKLANJUTI, Status.SELESAI)],
    ])
    agency = ModelChoiceField(label=_("Agency"), required=False, to_field_name="slug",
                              queryset=Agency.objects.active().order_by("name"),
                              empty_label=_("All agencies"))
    kecamatan = ModelChoiceField(label=_("Kecamatan"), required=False, to_field_name="code",
                                 queryset=Region.objects.filter(level="kecamatan"),
                                 empty_label=_("All kecamatan"))


class InboxFilterForm(PublicFilterForm):
    chip_without_label = ("due",)

    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("All statuses")), *Status.choices])
    channel = forms.ChoiceField(label=_("Channel"), required=False,
                                choices=[("", _("All channels")), *Channel.choices])
    date_from = forms.DateField(label=_("From"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Until"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))
    disposed_from = forms.DateField(label=_("Disposed from"), required=False,
                                    widget=forms.DateInput(attrs={"type": "date"}))
    disposed_to = forms.DateField(label=_("Disposed until"), required=False,
                                  widget=forms.DateInput(attrs={"type": "date"}))
    category = ModelChoiceField(label=_("Topic"), required=False,
                                queryset=Category.objects.order_by("name"),
                                empty_label=_("All topics"))
    rated = forms.BooleanField(label=_("Rated by the reporter"), required=False)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    returned = forms.BooleanField(label=_("Returned by an agency"), required=False)
    mine = forms.BooleanField(label=_("Assigned to me"), required=False)
    unassigned = forms.BooleanField(label=_("Not assigned yet"), required=False)
    due = forms.ChoiceField(label=_("Deadline"), required=False, choices=[
        ("", _("Any deadline")), ("today", _("Due today")),
        ("soon", _("Due in the next 2 working days"))])
    verify = forms.BooleanField(label=_("Waiting for verification"), required=False)
    urgent = forms.BooleanField(label=_("Urgent, still open"), required=False)
    todo = forms.BooleanField(label=_("Still to be handled"), required=False)


class MessageForm(forms.Form):
    """The one composer of a report's staff page: a reply to the reporter, an internal note, or
    the agency's follow-up answer (the `respond` action) in the same step."""

    body = forms.CharField(label=_("Message"), max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 4}))
    visibility = forms.ChoiceField(
        label=_("Who will see this message?"),
        choices=[("public", _("The reporter (a reply on the report)")),
                 ("internal", _("Staff only (an internal note)"))],
        initial="public", widget=forms.RadioSelect,
    )
    follow_up = forms.BooleanField(
        label=_("Send to the reporter and mark as the follow-up answer"), required=False,
        help_text=_("The report becomes “followed up”; the reporter then has 10 working days "
                    "to react."),
    )
    attachments = MultipleFileField(label=_("Attachments"))

    def __init__(self, *args, may_respond: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_respond:
            del self.fields["follow_up"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("follow_up") and cleaned.get("visibility") != "public":
            self.add_error("visibility", _("The follow-up answer goes to the reporter; choose "
                                           "the reporter as who will see it."))
        return cleaned


class ReporterMessageForm(forms.Form):
    body = forms.CharField(label=_("Add information"), max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 4}))
    attachments = MultipleFileField(label=_("Photos or documents"))


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("How well was your report handled?"), coerce=int,
        choices=[(5, _("5 — very good")), (4, _("4 — good")), (3, _("3 — fair")),
                 (2, _("2 — poor")), (1, _("1 — very poor"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(label=_("Comment"), required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}))


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))


class DisposeForm(RegionFieldsMixin, forms.Form):
    agency = ModelChoiceField(label=_("Lead agency"), to_field_name="slug",
                              queryset=Agency.objects.active().order_by("name"))
    supporting = ModelMultipleChoiceField(
        label=_("Supporting agencies"), required=False, to_field_name="slug",
        queryset=Agency.objects.active().order_by("name"),
        # A checkbox list (with a filter box, see static/js/checklist-filter.js), never a
        # Ctrl-click multi-select nobody discovers.
        widget=forms.CheckboxSelectMultiple,
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    category = forms.ModelChoiceField(label=_("Category"), required=False,
                                      queryset=Category.objects.filter(is_active=True))
    privacy = forms.ChoiceField(label=_("Privacy"), choices=Privacy.choices)
    kecamatan = ModelChoiceField(label=_("Kecamatan"), queryset=Region.objects.none(),
                                 required=False, to_field_name="code")
    desa = ModelChoiceField(label=_("Desa/kelurahan"), queryset=Region.objects.none(),
                            required=False, to_field_name="code")
    note = forms.CharField(label=_("Note for the agency"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_regions()

    def clean(self):
        cleaned = super().clean()
        self._clean_regions(cleaned)
        return cleaned


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=RejectionReason.choices)
    text = forms.CharField(label=_("Explanation for the citizen"), required=False,
                           max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class ForwardForm(forms.Form):
    agency = ModelChoiceField(label=_("New lead agency"), to_field_name="slug",
                              queryset=Agency.objects.active().order_by("name"))
    note = forms.CharField(label=_("Note"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))


class MergeForm(forms.Form):
    into = forms.CharField(label=_("Tracking code of the original report"), max_length=20)


class RespondForm(forms.Form):
    message = forms.CharField(label=_("Follow-up answer to the reporter"), max_length=5000,
                              widget=forms.Textarea(attrs={"rows": 5}))
    attachments = MultipleFileField(label=_("Attachments"))


class AssignForm(forms.Form):
    officer = forms.ModelChoiceField(label=_("Officer"), required=False,
                                     queryset=User.objects.none(),
                                     empty_label=_("— nobody —"))

    def __init__(self, *args, agency: Agency | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # Whose people the list offers: the key of the list kept by the report's page.
        self.agency_id = agency.pk if agency is not None else None
        if agency is not None:
            self.fields["officer"].queryset = User.objects.filter(
                memberships__agency=agency).order_by("full_name")


class AnswerObjectionForm(forms.Form):
    answer = forms.CharField(label=_("Answer to the objection"), max_length=5000,
                             widget=forms.Textarea(attrs={"rows": 4}))


class CloseForm(forms.Form):
    note = forms.CharField(label=_("Note"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))


class BulkDisposeForm(forms.Form):
    codes = forms.MultipleChoiceField(label=_("Reports"), choices=())
    agency = ModelChoiceField(label=_("Lead agency"), to_field_name="slug",
                              queryset=Agency.objects.active().order_by("name"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        submitted = self.data.getlist("codes") if hasattr(self.data, "getlist") else []
        # Codes are looked up afterwards: one with NUL is no choice (PostgreSQL cannot compare it).
        self.fields["codes"].choices = [(code, code) for code in submitted[:100]
                                        if "\x00" not in code]


class SavedFilterForm(forms.Form):
    name = forms.CharField(label=_("Name of this filter"), max_length=80)
