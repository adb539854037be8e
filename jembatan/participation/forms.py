"""Forms of public consultations: staff drafting and answering, public taking part."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from jembatan.core import documents, uploads
from jembatan.core.forms import AgencyChoiceMixin, date_within_years
from jembatan.core.models import Agency
from jembatan.core.phone import normalize_mobile
from jembatan.participation.models import (
    AnswerStatus,
    Consultation,
    Flag,
    Participant,
    Question,
)
from jembatan.participation.phone import codes_available

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATETIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]


class ConsultationForm(AgencyChoiceMixin, forms.Form):
    agency = forms.ModelChoiceField(label=_("Lead agency"), queryset=Agency.objects.none())
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea(attrs={"rows": 4}),
                              help_text=_("What is being decided and why the public's view "
                                          "matters, in a few sentences."))
    kind = forms.ChoiceField(label=_("Kind"), choices=Consultation.Kind.choices)
    co_agencies = forms.ModelMultipleChoiceField(
        label=_("Co-agencies"), required=False,
        queryset=Agency.objects.active().order_by("name"),
        widget=forms.SelectMultiple(attrs={"size": 5}))
    audience = forms.ChoiceField(label=_("Who may take part"),
                                 choices=Consultation.Audience.choices)
    opens_at = forms.DateTimeField(label=_("Opens (WIB)"), widget=DATETIME,
                                   input_formats=DATETIME_FORMATS)
    closes_at = forms.DateTimeField(label=_("Closes (WIB)"), widget=DATETIME,
                                    input_formats=DATETIME_FORMATS)

    def __init__(self, *args, user, consultation: Consultation | None = None, **kwargs):
        if consultation is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "title": consultation.title, "summary": consultation.summary,
                "kind": consultation.kind, "audience": consultation.audience,
                "opens_at": consultation.opens_at, "closes_at": consultation.closes_at,
                "co_agencies": list(consultation.co_agencies.all()),
            }
        super().__init__(*args, **kwargs)
        self.setup_agency(user, editing=consultation is not None)
        if not codes_available():
            self.fields["audience"].choices = [
                (value, Consultation.VERIFIED_BY_EMAIL_LABEL
                 if value == Consultation.Audience.VERIFIED else label)
                for value, label in Consultation.Audience.choices]

    def clean_opens_at(self):
        value = self.cleaned_data.get("opens_at")
        return value and date_within_years(value.date()) and value

    def clean_closes_at(self):
        value = self.cleaned_data.get("closes_at")
        return value and date_within_years(value.date()) and value

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in
                ("title", "summary", "kind", "audience", "opens_at", "closes_at")}


class SectionForm(forms.Form):
    title = forms.CharField(label=_("Section title"), max_length=200)
    body = forms.CharField(label=_("Text"), required=False,
                           widget=forms.Textarea(attrs={"rows": 8}))


class QuestionForm(forms.Form):
    text = forms.CharField(label=_("Question"), max_length=300)
    kind = forms.ChoiceField(label=_("Kind of answer"), choices=Question.Kind.choices)
    options = forms.CharField(label=_("Options"), required=False,
                              widget=forms.Textarea(attrs={"rows": 4}),
                              help_text=_("For a choice question: one option per line."))

    def option_list(self) -> list[str]:
        return [line for line in self.cleaned_data.get("options", "").splitlines()
                if line.strip()]


class ImportForm(forms.Form):
    document = forms.FileField(label=_("Document"),
                               help_text=_("Markdown (.md), Word (.docx) or OpenDocument (.odt), "
                                           "at most 5 MB. Each heading becomes a section."))


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=1000,
                             widget=forms.Textarea(attrs={"rows": 2}))


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(label=_("Note (optional)"), max_length=1000, required=False)


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Your comment"), max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 4}))
    section = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1,
                                 widget=forms.HiddenInput)
    parent = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1,
                                widget=forms.HiddenInput)


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=_("What is wrong with this comment?"),
                               choices=Flag.Reason.choices, widget=forms.RadioSelect)
    note = forms.CharField(label=_("Explanation (optional)"), max_length=300, required=False)


class ContactForm(forms.Form):
    """The contact a one-time code goes to: an email address, or (when a WhatsApp sender is
    configured, `phone.codes_available`) an Indonesian mobile number instead."""

    email = forms.EmailField(label=_("Email address"),
                             help_text=_("We send a code to this address. It is never shown "
                                         "to anyone."))
    phone = forms.CharField(label=_("Or a mobile number (WhatsApp)"), max_length=30,
                            required=False, widget=forms.TextInput(
                                attrs={"inputmode": "tel", "autocomplete": "tel"}),
                            help_text=_("For example 0812 3456 7890. We send the code by "
                                        "WhatsApp. It is never shown to anyone."))
    display_name = forms.CharField(label=_("Name shown with your comments"), max_length=80,
                                   help_text=_("You may use a nickname."))

    def __init__(self, *args, offer_phone: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if offer_phone:
            self.fields["email"].required = False
            self.fields["email"].help_text = _("We send a code to this address. Fill in the "
                                               "address or a mobile number, not both.")
        else:
            del self.fields["phone"]

    def clean_phone(self) -> str:
        raw = self.cleaned_data.get("phone", "").strip()
        if not raw:
            return ""
        number = normalize_mobile(raw)
        if number is None:
            raise forms.ValidationError(
                _("This is not an Indonesian mobile number. Write it as 0812 3456 7890 or "
                  "+62 812 3456 7890."), code="invalid")
        return number

    def clean(self):
        data = super().clean()
        if "phone" in self.fields and not self.errors:
            if data.get("email") and data.get("phone"):
                raise forms.ValidationError(_("Fill in either an email address or a mobile "
                                              "number, not both."), code="both")
            if not data.get("email") and not data.get("phone"):
                raise forms.ValidationError(_("Fill in an email address or a mobile number."),
                                            code="required")
        return data

    def contact(self) -> tuple[str, str]:
        """(kind, contact): the address as typed, or the number in E.164."""
        if self.cleaned_data.get("phone"):
            return Participant.ContactKind.PHONE, self.cleaned_data["phone"]
        return Participant.ContactKind.EMAIL, self.cleaned_data["email"]


class CodeForm(forms.Form):
    code = forms.RegexField(label=_("Code from the email"), regex=r"^\s*\d{6}\s*$",
                            max_length=10, widget=forms.TextInput(
                                attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
                            error_messages={"invalid": _("The code has six digits.")})

    def __init__(self, *args, kind: str = Participant.ContactKind.EMAIL, **kwargs):
        super().__init__(*args, **kwargs)
        if kind == Participant.ContactKind.PHONE:
            self.fields["code"].label = _("Code from WhatsApp")


class QuestionsForm(forms.Form):
    """One field per question of the consultation."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            name = f"q{question.pk}"
            if question.kind == Question.Kind.SINGLE:
                self.fields[name] = forms.TypedChoiceField(
                    label=question.text, required=False, coerce=int, widget=forms.RadioSelect,
                    choices=[(o.pk, o.text) for o in question.options.all()])
            elif question.kind == Question.Kind.MULTIPLE:
                self.fields[name] = forms.TypedMultipleChoiceField(
                    label=question.text, required=False, coerce=int,
                    widget=forms.CheckboxSelectMultiple,
                    choices=[(o.pk, o.text) for o in question.options.all()])
            elif question.kind == Question.Kind.SCALE:
                self.fields[name] = forms.TypedChoiceField(
                    label=question.text, required=False, coerce=int, widget=forms.RadioSelect,
                    choices=[(v, str(v)) for v in range(1, 6)],
                    help_text=_("1 = strongly disagree, 5 = strongly agree"))
            else:
                self.fields[name] = forms.CharField(label=question.text, required=False,
                                                    max_length=500)

    def answers(self) -> list[dict]:
        result = []
        for question in self.questions:
            value = self.cleaned_data.get(f"q{question.pk}")
            if value in (None, "", []):
                continue
            if question.kind == Question.Kind.SINGLE:
                result.append({"question": question.pk, "options": [value]})
            elif question.kind == Question.Kind.MULTIPLE:
                result.append({"question": question.pk, "options": list(value)})
            elif question.kind == Question.Kind.SCALE:
                result.append({"question": question.pk, "value": value})
            else:
                result.append({"question": question.pk, "text": value})
        return result


class ThemeForm(forms.Form):
    title = forms.CharField(label=_("Theme"), max_length=200)
    answer_status = forms.ChoiceField(label=_("Decision"), required=False,
                                      choices=[("", "—"), *AnswerStatus.choices])
    answer = forms.CharField(label=_("Official answer"), required=False,
                             widget=forms.Textarea(attrs={"rows": 4}),
                             help_text=_("What the agency will do with this input, and why."))
    comments = forms.TypedMultipleChoiceField(label=_("Comments under this theme"),
                                              required=False, coerce=int,
                                              widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, comments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comments"].choices = [(c.pk, f"#{c.pk} {c.display_name}") for c in comments]


class CommentAnswerForm(forms.Form):
    answer_status = forms.ChoiceField(label=_("Decision"), required=False,
                                      choices=[("", "—"), *AnswerStatus.choices])
    answer = forms.CharField(label=_("Official answer"), required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))


class PublishAnswerForm(forms.Form):
    summary = forms.CharField(label=_("Summary of the answer"),
                              widget=forms.Textarea(attrs={"rows": 5}),
                              help_text=_("What changed in the draft because of the public's "
                                          "input; shown above the answers per theme."))


ATTACHMENT_TYPES = {"application/pdf", *documents.OFFICE_TYPES, *uploads.IMAGE_TYPES}


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False,
                            help_text=_("For example: Full text of the draft regulation."))
    file = forms.FileField(label=_("File"),
                           help_text=_("PDF, Word, Excel, PowerPoint or a picture; at most "
                                       "10 MB."))

    def clean_file(self):
        return uploads.clean_file(
            self.cleaned_data["file"], allowed_types=ATTACHMENT_TYPES,
            max_bytes=uploads.MAX_BYTES, fallback_name="lampiran",
            too_large=_("%(name)s is larger than 10 MB."),
            not_allowed=_("%(name)s is not a PDF, Word, Excel or PowerPoint document or a "
                          "picture."))
