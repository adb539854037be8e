"""Forms of the joint-content pages. Limits are checked here for a friendly message and again in
the actions (the API and every other caller go through them)."""

from __future__ import annotations

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.content import channels, reuse
from jembatan.content.models import Channel, PostStatus
from jembatan.content.scheduling import check_schedule_horizon
from jembatan.core.forms import IdMultipleChoiceField, ModelChoiceField
from jembatan.core.models import Agency
from jembatan.core.selectors import agencies_for_user


def _limited_textarea(channel: str, rows: int) -> forms.Textarea:
    limit = channels.LIMITS[channel]
    attrs = {"rows": rows, "data-char-limit": limit.max_chars, "data-channel": channel}
    if limit.max_hashtags:
        attrs["data-hashtag-limit"] = limit.max_hashtags
    return forms.Textarea(attrs=attrs)


class PostForm(forms.Form):
    lead_agency = forms.ModelChoiceField(
        label=_("Lead agency"), queryset=Agency.objects.none(),
        help_text=_("The agency that writes and publishes the post."))
    title = forms.CharField(label=_("Title"), max_length=channels.TITLE_MAX)
    body = forms.CharField(label=_("Portal article"), widget=_limited_textarea(Channel.PORTAL, 12),
                           help_text=channels.HELP[Channel.PORTAL])
    topic = forms.CharField(label=_("Topic"), max_length=60, required=False,
                            help_text=_("One or two words, e.g. vaksinasi, air bersih."))
    co_authors = IdMultipleChoiceField(
        label=_("Co-author agencies"), queryset=Agency.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox-list"}),
        help_text=_("They comment and suggest changes. Tick every agency that writes with you; "
                    "type in the search box to find one."))
    instagram = forms.CharField(label=_("Instagram caption"), required=False,
                                widget=_limited_textarea(Channel.INSTAGRAM, 6),
                                help_text=channels.HELP[Channel.INSTAGRAM])
    image = forms.FileField(
        label=_("Upload a picture"), required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
        help_text=_("A photo (JPEG, PNG, WebP or GIF) of at most 10 MB. It is shown with the "
                    "article and sent to Instagram; its location data is removed."))
    image_library = forms.TypedChoiceField(
        label=_("Or take a picture from the library"), required=False, coerce=int,
        empty_value=None, choices=[])
    image_alt = forms.CharField(
        label=_("Picture description"), required=False, max_length=250,
        help_text=_("What the picture shows, in one sentence, for people who cannot see it. "
                    "Required with a picture."))
    image_remove = forms.BooleanField(label=_("Remove the picture"), required=False)
    facebook = forms.CharField(label=_("Facebook post"), required=False,
                               widget=_limited_textarea(Channel.FACEBOOK, 6),
                               help_text=channels.HELP[Channel.FACEBOOK])
    whatsapp = forms.CharField(label=_("WhatsApp broadcast text"), required=False,
                               widget=_limited_textarea(Channel.WHATSAPP, 6),
                               help_text=channels.HELP[Channel.WHATSAPP])
    library = forms.MultipleChoiceField(
        label=_("Library items to attach"), required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}))

    def __init__(self, *args, user, post=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.post = post
        if post is None:
            self.fields["lead_agency"].queryset = agencies_for_user(user=user)
        else:
            del self.fields["lead_agency"]
        self.fields["co_authors"].queryset = Agency.objects.active().order_by("name")
        if post is None:
            # The author's own agency leads by default (a coordinator may pick any, but writes
            # for the agency they belong to).
            own = (self.fields["lead_agency"].queryset.filter(memberships__user=user).first()
                   or self.fields["lead_agency"].queryset.first())
            if own is not None and not self.initial.get("lead_agency"):
                self.fields["lead_agency"].initial = own.pk
        pictures = reuse.library_picture_choices(user)
        if pictures:
            self.fields["image_library"].choices = [("", _("No picture from the library")),
                                                    *pictures]
        else:
            del self.fields["image_library"]
        if post is None or not post.image:
            del self.fields["image_remove"]
        # The information-value checker re-reads the draft while it is typed (htmx).
        for name in ("title", "body"):
            self.fields[name].widget.attrs.update({
                "hx-post": reverse("content:info_value"),
                "hx-trigger": "keyup changed delay:800ms",
                "hx-target": "#info-value",
            })
        # The preview panel follows the social versions while they are typed (htmx).
        for name in ("instagram", "facebook", "whatsapp"):
            self.fields[name].widget.attrs.update({
                "hx-post": reverse("content:preview"),
                "hx-trigger": "keyup changed delay:600ms",
                "hx-target": "#previews",
                "hx-include": ("#id_instagram, #id_facebook, #id_whatsapp, #preview-picture, "
                               "#preview-lead"),
            })
        self.fields["library"].choices = reuse.library_choices(user)
        if not self.fields["library"].choices:
            del self.fields["library"]

    def clean(self):
        data = super().clean()
        lead = data.get("lead_agency") or (self.post.lead_agency if self.post else None)
        if lead is not None and lead in (data.get("co_authors") or []):
            self.add_error("co_authors", _("The lead agency cannot also be a co-author."))
        for channel in (Channel.PORTAL, *channels.SOCIAL_CHANNELS):
            name = "body" if channel == Channel.PORTAL else str(channel)
            for error in channels.limit_errors(channel, data.get(name) or ""):
                self.add_error(name, error)
        new_picture = data.get("image") or data.get("image_library")
        if data.get("image") and data.get("image_library"):
            self.add_error("image_library", _("Choose one picture: upload it or take it from "
                                              "the library, not both."))
        keeps_picture = bool(self.post and self.post.has_picture and not data.get("image_remove"))
        if (new_picture or (self.post and self.post.image and not data.get("image_remove"))) \
                and not (data.get("image_alt") or "").strip() and not data.get("image_library"):
            self.add_error("image_alt", _("Describe the picture in a few words (its "
                                          "alternative text)."))
        if data.get("instagram") and not (new_picture or keeps_picture):
            self.add_error("image", _("Instagram only publishes posts with a picture."))
        return data

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if not upload:
            return None
        from jembatan.core.uploads import IMAGE_TYPES, MAX_BYTES, clean_file

        return clean_file(
            upload, allowed_types=set(IMAGE_TYPES), max_bytes=MAX_BYTES, fallback_name="gambar",
            too_large=_("%(name)s is larger than 10 MB."),
            not_allowed=_("%(name)s is not a photo (JPEG, PNG, WebP or GIF)."))

    def picture(self):
        """The picture change for the action, or None when nothing about it changed."""
        from jembatan.content.actions import PictureChange

        data = self.cleaned_data
        change = PictureChange(alt=data.get("image_alt") or "", upload=data.get("image"),
                               library_item_id=data.get("image_library"),
                               remove=bool(data.get("image_remove")))
        if self.post is None and not (change.upload or change.library_item_id):
            return None
        return change

    def versions(self) -> dict[str, str]:
        return {str(c): self.cleaned_data.get(str(c)) or "" for c in channels.SOCIAL_CHANNELS}

    def attachments(self) -> list[dict] | None:
        if "library" not in self.fields:
            return None
        return reuse.library_items(self.user, self.cleaned_data.get("library") or [])


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Note (optional)"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))


class ScheduleForm(NoteForm):
    scheduled_at = forms.DateTimeField(
        label=_("Publish on"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"},
                                                          format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"])

    def clean_scheduled_at(self):
        value = self.cleaned_data["scheduled_at"]
        if value < timezone.now():
            raise forms.ValidationError(_("Choose a moment in the future."))
        check_schedule_horizon(value)
        return value


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comment"), max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class SuggestionForm(forms.Form):
    channel = forms.ChoiceField(label=_("Version"), choices=Channel.choices)
    text = forms.CharField(label=_("Proposed text"), widget=forms.Textarea(attrs={"rows": 5}))
    note = forms.CharField(label=_("Why"), required=False, max_length=500)

    def clean(self):
        data = super().clean()
        if data.get("channel") and data.get("text"):
            for error in channels.limit_errors(data["channel"], data["text"]):
                self.add_error("text", error)
        return data


class FilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("All")), *PostStatus.choices])
    agency = ModelChoiceField(label=_("Agency"), required=False, to_field_name="slug",
                              queryset=Agency.objects.none(), empty_label=_("All"))
    q = forms.CharField(label=_("Search"), required=False, max_length=100)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = (Agency.objects.active().order_by("name")
                                          if user.is_coordinator
                                          else agencies_for_user(user=user))


class SettingsForm(forms.Form):
    require_coordinator_approval = forms.BooleanField(
        label=_("Posts also need the coordinator's approval"), required=False)
    clash_window_hours = forms.IntegerField(label=_("Clash window (hours)"), min_value=1,
                                            max_value=24)



class PublicFilterForm(forms.Form):
    """The filters of the public news list."""

    agency = ModelChoiceField(label=_("Agency"), required=False, to_field_name="slug",
                              queryset=Agency.objects.none(), empty_label=_("All agencies"))
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, topics: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.active().order_by("name")
        self.fields["topic"].choices = [("", _("All topics")), *[(t, t) for t in topics]]
