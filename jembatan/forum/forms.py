"""Forms of the Bakohumas forum. Attachments go through the shared upload checks."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from jembatan.core.forms import IdMultipleChoiceField, MultipleFileField
from jembatan.core.models import Agency
from jembatan.forum.actions import MAX_BODY
from jembatan.forum.selectors import SEARCH_MAX_LENGTH

BODY_HELP = _("Links become clickable. Mention an agency with @ and its short code (e.g. "
              "@dpupr) or a person with @ and their user name; they are notified.")


class PostForm(forms.Form):
    title = forms.CharField(label=_("Title (optional)"), max_length=200, required=False)
    body = forms.CharField(label=_("Message"), max_length=MAX_BODY, help_text=BODY_HELP,
                           widget=forms.Textarea(attrs={"rows": 4}))
    attachments = MultipleFileField(label=_("Photos or PDF documents"))
    is_announcement = forms.BooleanField(
        label=_("Announcement: every agency is asked to read it, and read status is kept"),
        required=False)
    pin = forms.BooleanField(label=_("Pin at the top of the channel"), required=False)

    def __init__(self, *args, may_announce: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_announce:
            del self.fields["is_announcement"]
            del self.fields["pin"]


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Reply"), max_length=MAX_BODY, help_text=BODY_HELP,
                           widget=forms.Textarea(attrs={"rows": 3}))
    attachments = MultipleFileField(label=_("Photos or PDF documents"))


class TopicChannelForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    description = forms.CharField(label=_("What the channel is for"), max_length=300,
                                  required=False)


class DirectThreadForm(forms.Form):
    agencies = IdMultipleChoiceField(
        label=_("Agencies in the thread"), queryset=Agency.objects.none(),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "agency-choices"}),
        help_text=_("Only the staff of these agencies and the coordinators can read the "
                    "thread."))
    title = forms.CharField(label=_("Subject"), max_length=120)
    body = forms.CharField(label=_("First message"), max_length=MAX_BODY, help_text=BODY_HELP,
                           widget=forms.Textarea(attrs={"rows": 5}))
    attachments = MultipleFileField(label=_("Photos or PDF documents"))

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        agencies = Agency.objects.active().order_by("short_name")
        self.fields["agencies"].queryset = agencies
        if user is not None and not user.is_coordinator:
            self.fields["agencies"].label = _("Agencies to write to")
            self.fields["agencies"].help_text = _(
                "Your agency takes part automatically. Only the staff of these agencies and "
                "the coordinators can read the thread.")

    def clean_agencies(self):
        agencies = self.cleaned_data["agencies"]
        if len(agencies) > 20:
            raise forms.ValidationError(_("A direct thread can have at most 20 agencies."))
        return agencies


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the forum"), max_length=SEARCH_MAX_LENGTH,
                        min_length=2, required=False)
