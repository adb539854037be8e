import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from jembatan.core.phone import normalize_phone


class OpenQuestionForm(forms.Form):
    key = forms.CharField(label=_("Private key"), max_length=64,
                          help_text=_("The part of your private link after the # sign."))


class AskForm(forms.Form):
    body = forms.CharField(label=_("Your question"), max_length=3000,
                           widget=forms.Textarea(attrs={"rows": 6}),
                           help_text=_("Please do not write your NIK or bank account here."))
    name = forms.CharField(label=_("Your name"), max_length=150, required=False)
    email = forms.EmailField(label=_("Email"), required=False,
                             help_text=_("We send the answer here. Without an address, keep the "
                                         "private link shown after sending."))
    phone = forms.CharField(label=_("Phone or WhatsApp"), max_length=30, required=False)
    consent = forms.BooleanField(
        label=_("I agree that my question and contact details are processed to answer me."))
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    submission_id = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_id", uuid.uuid4().hex)

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("Your question could not be sent. Please try again."))
        return ""

    def clean_phone(self):
        raw = self.cleaned_data["phone"].strip()
        if raw and normalize_phone(raw) is None:
            raise ValidationError(_("Enter a valid phone number, for example 0812 3456 7890."))
        return raw

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) < 5:
            raise ValidationError(_("Please write your question in a few words."))
        return body


class AskerReplyForm(forms.Form):
    body = forms.CharField(label=_("Your reply"), max_length=3000,
                           widget=forms.Textarea(attrs={"rows": 4}))
