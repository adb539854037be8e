"""Forms of the shared library."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core.forms import AgencyChoiceMixin, ModelChoiceField
from jembatan.core.models import Agency
from jembatan.library.metadata import parse_tags, video_platform
from jembatan.library.models import LibraryItem
from jembatan.library.uploads import clean_library_upload

Kind = LibraryItem.Kind
ACCEPT = ("image/jpeg,image/png,image/webp,image/gif,application/pdf,.docx,.pptx,.xlsx")


class LibraryItemForm(AgencyChoiceMixin, forms.Form):
    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For a press release without a file, paste its text here."))
    date = forms.DateField(label=_("Date"), initial=timezone.localdate,
                           widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    permission = forms.ChoiceField(label=_("Usage permission"),
                                   choices=LibraryItem.Permission.choices,
                                   initial=LibraryItem.Permission.CREDIT)
    credit = forms.CharField(label=_("Credit"), max_length=200, required=False,
                             help_text=_("For example: Foto: Diskominfo Wonosobo."))
    tags = forms.CharField(label=_("Tags"), max_length=600, required=False,
                           help_text=_("Separated by commas, for example: dieng, budaya."))
    file = forms.FileField(label=_("File"), required=False,
                           widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
                           help_text=_("Photos: JPEG, PNG, WebP or GIF. Documents: PDF, DOCX, "
                                       "PPTX or XLSX. At most 20 MB."))
    video_url = forms.URLField(label=_("Video link"), required=False, assume_scheme="https",
                               help_text=_("An https link to YouTube, Instagram, Facebook or "
                                           "TikTok."))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_agency(user, editing=False)

    def clean_tags(self):
        return parse_tags(self.cleaned_data["tags"])

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if not kind:
            return data
        data["upload"] = None
        if kind == Kind.VIDEO:
            url = data.get("video_url") or ""
            if not url:
                if "video_url" not in self.errors:
                    self.add_error("video_url", _("Give the link to the video."))
            else:
                try:
                    video_platform(url)
                except ValidationError as error:
                    self.add_error("video_url", error)
            return data
        upload = data.get("file")
        if upload:
            try:
                data["upload"] = clean_library_upload(upload, kind=kind)
            except ValidationError as error:
                self.add_error("file", error)
        elif not (kind == Kind.PRESS_RELEASE and data.get("description", "").strip()):
            self.add_error("file", _("Choose a file to upload."))
        return data


class LibraryEditForm(forms.ModelForm):
    tags = forms.CharField(label=_("Tags"), max_length=600, required=False,
                           help_text=_("Separated by commas, for example: dieng, budaya."))

    class Meta:
        model = LibraryItem
        fields = ["title", "description", "date", "permission", "credit"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["tags"] = ", ".join(t.name for t in self.instance.tags.all())

    def clean_tags(self):
        return parse_tags(self.cleaned_data["tags"])


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200,
                        widget=forms.TextInput(attrs={"type": "search"}))
    tag = forms.CharField(label=_("Tag"), required=False, max_length=60)
    agency = ModelChoiceField(label=_("Agency"), required=False, to_field_name="slug",
                              queryset=Agency.objects.active(),
                              empty_label=_("All agencies"))
    kind = forms.ChoiceField(label=_("Kind"), required=False,
                             choices=[("", _("All kinds")), *Kind.choices])
    permission = forms.ChoiceField(label=_("Usage permission"), required=False,
                                   choices=[("", _("Any permission")),
                                            *LibraryItem.Permission.choices])
