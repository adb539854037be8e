"""Every change to a joint post. Each action checks the actor's role (403) and the post's state
(409), changes the post under a row lock, writes the audit entry and tells the people of the
lead and co-author agencies, all in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from jembatan.content import channels
from jembatan.content.models import (
    Channel,
    ContentSettings,
    NewsComment,
    NewsCommentFlag,
    Post,
    PostAttachment,
    PostComment,
    PostStatus,
    PostSuggestion,
    PostVersion,
)
from jembatan.content.rules import (
    ALLOWED_FROM,
    COORDINATOR,
    LEAD_ADMIN,
    may_lead_for,
    may_take,
    post_roles,
)
from jembatan.content.scheduling import check_schedule_horizon
from jembatan.core import quiet
from jembatan.core.actions import audit_record
from jembatan.core.background import enqueue_on_commit
from jembatan.core.changes import diff, snapshot
from jembatan.core.events import event_emit
from jembatan.core.models import Agency, User
from jembatan.core.rules import agency_ids_of
from jembatan.core.uploads import IMAGE_TYPES, CleanFile, clean_content
from jembatan.core.workflow import SYSTEM, Actor, InvalidTransition, check_transition
from jembatan.library.actions import library_item_reuse
from jembatan.library.models import LibraryItem
from jembatan.participation.actions import moderated_flag, moderated_hide, moderated_restore
from jembatan.participation.contributors import Contributor
from jembatan.participation.models import Participant
from jembatan.participation.moderation import moderated_body
from jembatan.triage.quality import info_value

logger = logging.getLogger(__name__)

TEXT_FIELDS = ("title", "body", "topic", "image_url")
# A schedule a little in the past is a slow form, not a mistake: the job publishes it next.
SCHEDULE_GRACE = dt.timedelta(minutes=5)

# --- Helpers ----------------------------------------------------------------------------------




def _user(actor: Actor) -> User | None:
    user = actor.user
    return user if user is not None and user.is_authenticated else None


def _check(action: str, post: Post, actor: Actor) -> None:
    check_transition(action, post, actor, may_take=may_take, allowed_from=ALLOWED_FROM,
                     denied=_("You may not do this to this post."),
                     invalid=_("This cannot be done while the post is “%(status)s”."))


def _lock(post: Post) -> Post:
    """Re-read the post under a row lock so two people cannot act on a stale state."""
    return Post.objects.select_for_update(of=("self",)).select_related("lead_agency").get(
        pk=post.pk)


def _refresh(target: Post, source: Post) -> None:
    """Copy the locked row's values into the caller's instance, so it sees the change."""
    for f in Post._meta.concrete_fields:
        setattr(target, f.attname, getattr(source, f.attname))
    if hasattr(target, "_prefetched_objects_cache"):
        target._prefetched_objects_cache = {}


def _audit(post: Post, *, action: str, actor: Actor, changes: dict | None = None,
           note: str = "", at: dt.datetime | None = None) -> None:
    audit_record(actor=_user(actor), actor_label="sistem" if actor.is_system else None,
                 action=f"post_{action}", obj=post, agency=post.lead_agency,
                 changes=changes or {}, note=note, at=at)
    # Publishing, withdrawing and editing a published post all pass here.
    enqueue_on_commit("jembatan.search.tasks.reindex", "berita", post.pk)


def _people_of(post: Post) -> list[User]:
    agency_ids = [post.lead_agency_id, *post.co_authors.values_list("pk", flat=True)]
    return list(User.objects.filter(memberships__agency_id__in=agency_ids, is_active=True)
                .distinct())


def _coordinators() -> list[User]:
    return list(User.objects.filter(is_coordinator=True, is_active=True))


def _notify(post: Post, kind: str, *, title: str, body: str = "", actor: Actor,
            extra: Iterable[User] = ()) -> None:
    if quiet.is_suppressed():
        return
    from jembatan.notifications.services import notify

    notify([*_people_of(post), *extra], kind, title=title, body=body,
           url=post.get_staff_url(), agency=post.lead_agency, exclude=_user(actor))


def _status_notice(post: Post, actor: Actor, note: str = "", extra: Iterable[User] = ()) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        title = _("“%(title)s” is now %(status)s") % {"title": post.title[:120],
                                                      "status": post.get_status_display()}
        who = actor.label or _("someone")
        body = _("%(who)s: %(note)s") % {"who": who, "note": note} if note else who
    _notify(post, "content_post_status", title=title, body=body, actor=actor, extra=extra)


def _check_info_value(post: Post) -> None:
    """Store the information-value checker's verdict on the title and body."""
    text = f"{post.title}\n\n{post.body}"
    with translation.override(settings.LANGUAGE_CODE):
        result = info_value(text)
        suggestions = [str(s) for s in result.suggestions]
    post.info_label = result.label
    post.info_probability = result.probability
    post.info_missing = list(result.missing)
    post.info_suggestions = suggestions
    post.info_checked_at = timezone.now()


def _clean_versions(versions: Mapping[str, str] | None) -> dict[str, str]:
    """The social versions to keep (empty text = no version), validated against the limits."""
    cleaned: dict[str, str] = {}
    errors: list[str] = []
    for channel, text in (versions or {}).items():
        if channel == Channel.PORTAL:
            continue
        if channel not in channels.SOCIAL_CHANNELS:
            errors.append(_("Unknown channel: %(channel)s.") % {"channel": channel})
            continue
        text = channels.clean_text(text)
        if text:
            errors.extend(channels.limit_errors(channel, text))
            cleaned[channel] = text
    if errors:
        raise ValidationError(errors)
    return cleaned


def _validate_text(title: str, body: str) -> tuple[str, str]:
    title, body = (title or "").strip(), channels.clean_text(body)
    errors = []
    if not title:
        errors.append(_("The title is required."))
    elif len(title) > channels.TITLE_MAX:
        errors.append(_("The title may have at most %(limit)s characters.")
                      % {"limit": channels.TITLE_MAX})
    if not body:
        errors.append(_("The portal article is required."))
    else:
        errors.extend(channels.limit_errors(Channel.PORTAL, body))
    if errors:
        raise ValidationError(errors)
    return title, body


def _clean_co_authors(lead: Agency, co_authors: Iterable[Agency]) -> list[Agency]:
    chosen = {a.pk: a for a in co_authors if a is not None and a.pk != lead.pk}
    inactive = [a for a in chosen.values() if not a.is_active]
    if inactive:
        raise ValidationError(_("%(agency)s is not active and cannot co-author.")
                              % {"agency": inactive[0]})
    return list(chosen.values())


def _set_versions(post: Post, versions: dict[str, str]) -> dict[str, list]:
    existing = {v.channel: v for v in post.versions.all()}
    changes: dict[str, list] = {}
    for channel in channels.SOCIAL_CHANNELS:
        old = existing.get(channel)
        new_text = versions.get(channel, "")
        if old is not None and not new_text:
            old.delete()
            changes[f"version_{channel}"] = [len(old.text), None]
        elif old is None and new_text:
            PostVersion.objects.create(post=post, channel=channel, text=new_text)
            changes[f"version_{channel}"] = [None, len(new_text)]
        elif old is not None and old.text != new_text:
            changes[f"version_{channel}"] = [len(old.text), len(new_text)]
            old.text = new_text
            old.save(update_fields=["text", "updated_at"])
    return changes


def _set_attachments(post: Post, items: Iterable[dict], *, actor: User | None = None) -> None:
    """Replace the attached library items by `items` ({"id", "title", "url"}); each newly
    attached item counts as a reuse in the library."""
    wanted = {str(item["id"]): item for item in items}
    post.attachments.exclude(item_id__in=list(wanted)).delete()
    have = set(post.attachments.values_list("item_id", flat=True))
    added = [item_id for item_id in wanted if item_id not in have]
    PostAttachment.objects.bulk_create([
        PostAttachment(post=post, item_id=item_id, title=str(wanted[item_id].get("title", ""))
                       [:255], url=str(wanted[item_id].get("url", ""))[:500])
        for item_id in added
    ])
    _count_library_reuse(post, added, actor=actor)


def _count_library_reuse(post: Post, item_ids: list[str], *, actor: User | None) -> None:
    numeric = [int(pk) for pk in item_ids if str(pk).isdigit()]
    for item in LibraryItem.objects.filter(pk__in=numeric):
        with contextlib.suppress(ValidationError):
            library_item_reuse(item=item, actor=actor, note=post.title[:200])


@dataclass(frozen=True)
class PictureChange:
    """What the editor asked for the post's picture: a cleaned upload, a library photo (its id),
    no change of file (None for both), or removal; and always the description (alt text)."""

    alt: str = ""
    upload: CleanFile | None = None
    library_item_id: int | None = None
    remove: bool = False


def _apply_picture(post: Post, change: PictureChange, *, actor: User | None) -> dict:
    """Set the picture on the (locked, not yet saved) post; returns the audit changes."""
    before = {"image": bool(post.image), "image_alt": post.image_alt}
    alt = " ".join((change.alt or "").split())[:250]
    if change.remove:
        post.image, post.image_type = "", ""
    elif change.upload is not None:
        if change.upload.content_type not in IMAGE_TYPES:
            raise ValidationError(_("The picture must be a photo (JPEG, PNG, WebP or GIF)."))
        post.image.save(change.upload.content.name, change.upload.content, save=False)
        post.image_type = change.upload.content_type
    elif change.library_item_id is not None:
        item = _library_picture(change.library_item_id, actor)
        with item.file.open("rb") as stored:
            data = stored.read()
        # Cleaned again: the post's copy must not depend on how the library stored it.
        data = clean_content(data, item.content_type, item.original_name or item.title)
        from django.core.files.base import ContentFile

        extension = item.content_type.split("/")[-1].replace("jpeg", "jpg")
        post.image.save(f"pustaka-{item.pk}.{extension}", ContentFile(data), save=False)
        post.image_type = item.content_type
        if not alt:
            alt = item.title[:250]
        _count_library_reuse(post, [str(item.pk)], actor=actor)
    post.image_alt = alt if post.image else ""
    if post.image and not post.image_alt:
        raise ValidationError(_("Describe the picture in a few words (its alternative text)."))
    after = {"image": bool(post.image), "image_alt": post.image_alt}
    changes = {name: [before[name], after[name]] for name in before
               if before[name] != after[name]}
    if change.upload is not None or change.library_item_id is not None:
        changes["image"] = [before["image"], "new"]
    return changes


def _library_picture(item_id: int, actor: User | None) -> LibraryItem:
    """A library photo the actor may put in a post, or ValidationError."""
    from jembatan.library.selectors import library_item_choices

    found = library_item_choices(actor, ids=[str(item_id)], limit=1) if actor else []
    if not found or not found[0].file or found[0].content_type not in IMAGE_TYPES:
        raise ValidationError(_("This library item is not a picture you may use."))
    return found[0]


def _unique_slug(post: Post) -> str:
    base = slugify(post.title)[:200].strip("-") or "berita"
    slug, n = base, 2
    while Post.objects.filter(slug=slug).exclude(pk=post.pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


# --- Writing ----------------------------------------------------------------------------------


@transaction.atomic
def post_create(
    *,
    lead_agency: Agency,
    title: str,
    body: str,
    actor: User,
    co_authors: Iterable[Agency] = (),
    versions: Mapping[str, str] | None = None,
    topic: str = "",
    image_url: str = "",
    scheduled_at: dt.datetime | None = None,
    attachments: Iterable[dict] = (),
    picture: PictureChange | None = None,
    at: dt.datetime | None = None,
) -> Post:
    """A new draft led by `lead_agency`; only its staff (or a coordinator) may start one."""
    if not may_lead_for(actor, lead_agency):
        raise PermissionDenied(_("You may only start posts for your own agency."))
    if not lead_agency.is_active:
        raise ValidationError(_("%(agency)s is not active.") % {"agency": lead_agency})
    title, body = _validate_text(title, body)
    if scheduled_at is not None:
        check_schedule_horizon(scheduled_at)
    cleaned = _clean_versions(versions)
    partners = _clean_co_authors(lead_agency, co_authors)
    now = at or timezone.now()
    post = Post(lead_agency=lead_agency, title=title, body=body, topic=(topic or "").strip()[:60],
                image_url=(image_url or "").strip(), created_by=actor, created_at=now,
                listed_at=now, scheduled_at=scheduled_at)
    picture_changes = _apply_picture(post, picture, actor=actor) if picture else {}
    _check_info_value(post)
    post.full_clean(exclude=["co_authors", "slug"])
    post.save()
    post.co_authors.set(partners)
    _set_versions(post, cleaned)
    _set_attachments(post, attachments, actor=actor)
    _audit(post, action="create", actor=Actor(user=actor), at=now, changes={
        **diff({}, snapshot(post, ("title", "topic", "status", "info_label"))),
        "co_authors": [None, sorted(a.slug for a in partners)],
        "channels": [None, sorted(cleaned)],
        **picture_changes,
    })
    if partners and not quiet.is_suppressed():
        from jembatan.notifications.services import notify

        with translation.override(settings.LANGUAGE_CODE):
            title_text = _("%(agency)s invited your agency to write “%(title)s”") % {
                "agency": lead_agency.short_name, "title": post.title[:120]}
        people = User.objects.filter(memberships__agency__in=partners, is_active=True).distinct()
        notify(people, "content_post_invited", title=title_text, url=post.get_staff_url(),
               agency=lead_agency, exclude=actor)
    return post


@transaction.atomic
def post_update(
    *,
    post: Post,
    actor: Actor,
    title: str,
    body: str,
    co_authors: Iterable[Agency] | None = None,
    versions: Mapping[str, str] | None = None,
    topic: str | None = None,
    image_url: str | None = None,
    attachments: Iterable[dict] | None = None,
    picture: PictureChange | None = None,
) -> Post:
    """Change the text (the lead agency and coordinators). Versions not given are removed;
    a `picture` of None leaves the picture as it is."""
    locked = _lock(post)
    _check("edit", locked, actor)
    title, body = _validate_text(title, body)
    cleaned = _clean_versions(versions)
    before = snapshot(locked, (*TEXT_FIELDS, "info_label"))
    locked.title, locked.body = title, body
    if topic is not None:
        locked.topic = topic.strip()[:60]
    if image_url is not None:
        locked.image_url = image_url.strip()
    picture_changes = _apply_picture(locked, picture, actor=actor.user) if picture else {}
    _check_info_value(locked)
    locked.full_clean(exclude=["co_authors", "slug"])
    locked.save()
    changes = diff(before, snapshot(locked, (*TEXT_FIELDS, "info_label")))
    changes.update(picture_changes)
    # The audit keeps lengths of long texts, not the texts themselves: the post holds them.
    for name in ("body",):
        if name in changes:
            changes[name] = [len(before[name] or ""), len(body)]
    if co_authors is not None:
        old = sorted(locked.co_authors.values_list("slug", flat=True))
        partners = _clean_co_authors(locked.lead_agency, co_authors)
        locked.co_authors.set(partners)
        new = sorted(a.slug for a in partners)
        if old != new:
            changes["co_authors"] = [old, new]
    changes.update(_set_versions(locked, cleaned))
    if attachments is not None:
        _set_attachments(locked, attachments, actor=actor.user)
    if changes:
        _audit(locked, action="update", actor=actor, changes=changes)
    _refresh(post, locked)
    return post


def _transition(post: Post, locked: Post, *, action: str, actor: Actor, to_status: str,
                note: str = "", extra_changes: dict | None = None,
                at: dt.datetime | None = None) -> None:
    from_status = locked.status
    locked.status = to_status
    locked.save()
    changes = {"status": [from_status, to_status], **(extra_changes or {})}
    _audit(locked, action=action, actor=actor, changes=changes, note=note, at=at)
    _refresh(post, locked)


def _approvals_complete(post: Post) -> bool:
    if ContentSettings.current().require_coordinator_approval:
        return bool(post.lead_approved_at and post.coordinator_approved_at)
    return bool(post.lead_approved_at or post.coordinator_approved_at)


def _clear_approvals(post: Post) -> dict:
    changes = {}
    if post.lead_approved_at or post.coordinator_approved_at:
        changes["approvals"] = ["recorded", None]
    post.lead_approved_at = post.lead_approved_by = None
    post.coordinator_approved_at = post.coordinator_approved_by = None
    return changes


@transaction.atomic
def post_submit(*, post: Post, actor: Actor, note: str = "") -> Post:
    """Send the draft to review: co-authors comment and suggest, the lead admin approves."""
    locked = _lock(post)
    _check("submit", locked, actor)
    changes = _clear_approvals(locked)
    locked.submitted_at = timezone.now()
    _transition(post, locked, action="submit", actor=actor, to_status=PostStatus.REVIEW,
                note=note, extra_changes=changes)
    extra = _coordinators() if ContentSettings.current().require_coordinator_approval else []
    _status_notice(post, actor, note, extra=extra)
    return post


@transaction.atomic
def post_approve(*, post: Post, actor: Actor, note: str = "") -> Post:
    """Record the lead admin's and/or the coordinator's approval; approved once complete."""
    locked = _lock(post)
    _check("approve", locked, actor)
    roles = post_roles(locked, actor) if not actor.is_system else {LEAD_ADMIN}
    now = timezone.now()
    recorded = {}
    if LEAD_ADMIN in roles and not locked.lead_approved_at:
        locked.lead_approved_at, locked.lead_approved_by = now, _user(actor)
        recorded["lead_approved_by"] = [None, actor.label]
    if COORDINATOR in roles and not locked.coordinator_approved_at:
        locked.coordinator_approved_at, locked.coordinator_approved_by = now, _user(actor)
        recorded["coordinator_approved_by"] = [None, actor.label]
    if not recorded:
        raise InvalidTransition(_("You have already approved this post; it is waiting for the "
                                  "other approval."))
    if _approvals_complete(locked):
        _transition(post, locked, action="approve", actor=actor, to_status=PostStatus.APPROVED,
                    note=note, extra_changes=recorded)
        _status_notice(post, actor, note)
    else:
        locked.save()
        _audit(locked, action="approve", actor=actor, changes=recorded, note=note)
        _refresh(post, locked)
        waiting_for_coordinator = not locked.coordinator_approved_at
        with translation.override(settings.LANGUAGE_CODE):
            title = (_("“%(title)s” needs the coordinator's approval")
                     if waiting_for_coordinator
                     else _("“%(title)s” needs the lead agency admin's approval")) % {
                "title": post.title[:120]}
        _notify(post, "content_post_status", title=title, actor=actor,
                extra=_coordinators() if waiting_for_coordinator else ())
    return post


@transaction.atomic
def post_request_changes(*, post: Post, actor: Actor, note: str = "") -> Post:
    locked = _lock(post)
    _check("request_changes", locked, actor)
    changes = _clear_approvals(locked)
    _transition(post, locked, action="request_changes", actor=actor,
                to_status=PostStatus.CHANGES_REQUESTED, note=note, extra_changes=changes)
    _status_notice(post, actor, note)
    return post


@transaction.atomic
def post_schedule(*, post: Post, actor: Actor, at: dt.datetime | None = None,
                  note: str = "") -> Post:
    """Set the moment the publishing job puts the post out. Clashes are warnings, not errors:
    the selectors' clashes_for tells the caller which to show."""
    locked = _lock(post)
    _check("schedule", locked, actor)
    when = at or locked.scheduled_at
    if when is None:
        raise ValidationError(_("Choose the date and time to publish."))
    if timezone.is_naive(when):
        when = timezone.make_aware(when)
    if when < timezone.now() - SCHEDULE_GRACE:
        raise ValidationError(_("The publication time has already passed; choose a later one, "
                                "or publish now."))
    check_schedule_horizon(when)
    before = locked.scheduled_at
    locked.scheduled_at = when
    _transition(post, locked, action="schedule", actor=actor, to_status=PostStatus.SCHEDULED,
                note=note, extra_changes={"scheduled_at": [
                    before.isoformat() if before else None, when.isoformat()]})
    _status_notice(post, actor, note)
    return post


@transaction.atomic
def post_publish(*, post: Post, actor: Actor, at: dt.datetime | None = None,
                 note: str = "") -> Post:
    """Publish on the portal now and hand the channel versions to the lead agency's accounts."""
    from jembatan.content import distribution

    locked = _lock(post)
    _check("publish", locked, actor)
    now = at or timezone.now()
    locked.published_at = now
    locked.listed_at = now
    if not locked.slug:
        locked.slug = _unique_slug(locked)
    _transition(post, locked, action="publish", actor=actor, to_status=PostStatus.PUBLISHED,
                note=note, at=now)
    distribution.distribution_prepare(post=locked)
    _status_notice(post, actor, note)
    event_emit("post.published", locked, at=now)
    return post


@transaction.atomic
def post_withdraw(*, post: Post, actor: Actor, note: str = "") -> Post:
    """Take the post back at any point; a published post leaves the portal."""
    locked = _lock(post)
    _check("withdraw", locked, actor)
    locked.withdrawn_at = timezone.now()
    _transition(post, locked, action="withdraw", actor=actor, to_status=PostStatus.WITHDRAWN,
                note=note)
    _status_notice(post, actor, note)
    return post


def _acting_agency(post: Post, actor: Actor) -> Agency | None:
    """The agency the actor speaks for on this post: the lead, else their co-author agency."""
    ids = agency_ids_of(_user(actor))
    if post.lead_agency_id in ids:
        return post.lead_agency
    return post.co_authors.filter(pk__in=ids).first()


@transaction.atomic
def comment_add(*, post: Post, actor: Actor, body: str) -> PostComment:
    locked = _lock(post)
    _check("comment", locked, actor)
    body = (body or "").strip()
    if not body:
        raise ValidationError(_("Write the comment first."))
    if len(body) > 5000:
        raise ValidationError(_("A comment may have at most 5,000 characters."))
    comment = PostComment.objects.create(post=locked, author=_user(actor), body=body,
                                         agency=_acting_agency(locked, actor))
    _audit(locked, action="comment", actor=actor, note=body[:500])
    with translation.override(settings.LANGUAGE_CODE):
        title = _("New comment on “%(title)s”") % {"title": locked.title[:120]}
    _notify(locked, "content_post_comment", title=title, body=f"{actor.label}: {body[:300]}",
            actor=actor)
    return comment


@transaction.atomic
def suggestion_add(*, post: Post, actor: Actor, channel: str, text: str,
                   note: str = "") -> PostSuggestion:
    """Propose a replacement text for one version (the portal article or a social version)."""
    locked = _lock(post)
    _check("suggest", locked, actor)
    if channel not in Channel.values:
        raise ValidationError(_("Unknown channel: %(channel)s.") % {"channel": channel})
    text = channels.clean_text(text)
    if not text:
        raise ValidationError(_("Write the proposed text first."))
    channels.validate_version(channel, text)
    suggestion = PostSuggestion.objects.create(
        post=locked, channel=channel, text=text, note=(note or "").strip()[:500],
        author=_user(actor), agency=_acting_agency(locked, actor))
    _audit(locked, action="suggest", actor=actor, changes={"channel": [None, channel]},
           note=suggestion.note)
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Suggested change to “%(title)s”") % {"title": locked.title[:120]}
    _notify(locked, "content_post_suggestion", title=title, body=suggestion.note, actor=actor)
    return suggestion


@transaction.atomic
def suggestion_decide(*, suggestion: PostSuggestion, actor: Actor, accept: bool) -> PostSuggestion:
    """The lead accepts a suggestion (its text replaces the version) or dismisses it."""
    locked = _lock(suggestion.post)
    _check("decide_suggestion", locked, actor)
    suggestion = PostSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if suggestion.state != PostSuggestion.State.OPEN:
        raise InvalidTransition(_("This suggestion has already been decided."))
    if accept:
        if suggestion.channel == Channel.PORTAL:
            locked.body = suggestion.text
            _check_info_value(locked)
            locked.save()
        else:
            PostVersion.objects.update_or_create(post=locked, channel=suggestion.channel,
                                                 defaults={"text": suggestion.text})
    suggestion.state = (PostSuggestion.State.ACCEPTED if accept
                        else PostSuggestion.State.DISMISSED)
    suggestion.decided_by, suggestion.decided_at = _user(actor), timezone.now()
    suggestion.save(update_fields=["state", "decided_by", "decided_at"])
    _audit(locked, action="suggestion_accept" if accept else "suggestion_dismiss", actor=actor,
           changes={"channel": [suggestion.channel, suggestion.channel]})
    if suggestion.author_id and not quiet.is_suppressed():
        from jembatan.notifications.services import notify

        with translation.override(settings.LANGUAGE_CODE):
            title = (_("Your suggestion to “%(title)s” was accepted") if accept
                     else _("Your suggestion to “%(title)s” was not taken")) % {
                "title": locked.title[:120]}
        notify([suggestion.author], "content_post_suggestion", title=title,
               url=locked.get_staff_url(), agency=locked.lead_agency, exclude=_user(actor))
    return suggestion


def posts_publish_due(*, now: dt.datetime | None = None) -> int:
    """Publish every scheduled post whose time has come. Each in its own transaction, so one
    failure does not hold back the others."""
    now = now or timezone.now()
    due = list(Post.objects.filter(status=PostStatus.SCHEDULED, scheduled_at__lte=now)
               .order_by("scheduled_at", "pk").values_list("pk", flat=True))
    published = 0
    for pk in due:
        post = Post.objects.get(pk=pk)
        try:
            # The post appears at its scheduled time, even when the job runs a little later.
            post_publish(post=post, actor=SYSTEM, at=min(post.scheduled_at, now))
            published += 1
        except (InvalidTransition, PermissionDenied):
            continue  # changed since it was read (withdrawn, sent back): nothing to publish
        except Exception:
            logger.exception("publishing post %s failed", pk)
    return published


@transaction.atomic
def content_settings_update(*, actor: User, require_coordinator_approval: bool,
                            clash_window_hours: int) -> ContentSettings:
    if not (actor.is_authenticated and actor.is_coordinator):
        raise PermissionDenied(_("Only coordinators change these settings."))
    row, _created = ContentSettings.objects.select_for_update().get_or_create(singleton=True)
    fields = ("require_coordinator_approval", "clash_window_hours")
    before = snapshot(row, fields)
    row.require_coordinator_approval = require_coordinator_approval
    row.clash_window_hours = clash_window_hours
    row.full_clean()
    row.save()
    changes = diff(before, snapshot(row, fields))
    if changes:
        audit_record(actor=actor, action="content_settings_update", obj=row, changes=changes)
    return row



# --- The public's comments on published articles ---------------------------------------------
# The moderation is the consultations' (participation.actions.moderated_*): the same states,
# flag threshold, blocklist hold and hidden notice; see docs/decisions/0030.

KIND_NEWS_REPLY = "content_news_comment_reply"
KIND_NEWS_REVIEW = "content_news_comment_review"
KIND_NEWS_MODERATED = "content_news_comment_moderated"


def _news_repr(comment: NewsComment, post: Post) -> str:
    return f"{post.title[:150]} #{comment.pk}"


def _news_moderators(post: Post) -> list[User]:
    return list(User.objects.filter(
        Q(is_coordinator=True) | Q(memberships__agency=post.lead_agency_id),
        is_active=True).distinct())


def _news_notify(users: Iterable[User], kind: str, *, post: Post, title: str, body: str,
                 url: str, actor: User | None = None) -> None:
    if quiet.is_suppressed():
        return
    from jembatan.notifications.services import notify

    recipients = list(users)
    transaction.on_commit(lambda: notify(recipients, kind, title=title, body=body, url=url,
                                         agency=post.lead_agency, exclude=actor))


def _news_public_url(post: Post, comment: NewsComment | None = None) -> str:
    return post.get_absolute_url() + (f"#komentar-{comment.pk}" if comment else "#komentar")


def _news_queue_url() -> str:
    return reverse("content:news_comments")


def _require_public(post: Post) -> Post:
    locked = _lock(post)
    if locked.status != PostStatus.PUBLISHED:
        raise InvalidTransition(_("Comments are taken only on published articles."))
    return locked


@transaction.atomic
def news_comment_create(*, post: Post, contributor: Contributor, body: str,
                        parent: NewsComment | None = None,
                        at: dt.datetime | None = None) -> NewsComment:
    """A citizen's comment on a published article, or a reply to one (one level). Words of the
    blocklist hold it for review before anyone sees it; `at` is for history being loaded."""
    locked = _require_public(post)
    if contributor.participant is not None and contributor.participant.verified_at is None:
        raise PermissionDenied(_("Confirm your email address first."))
    body, held = moderated_body(body)
    if parent is not None:
        if parent.post_id != locked.pk or not parent.is_visible:
            raise ValidationError(_("This comment cannot be replied to."), code="parent")
        parent = parent if parent.parent_id is None else parent.parent
    comment = NewsComment.objects.create(
        post=locked, parent=parent, body=body, author=contributor.user,
        participant=contributor.participant, display_name=contributor.display_name[:80],
        status=NewsComment.Status.PENDING if held else NewsComment.Status.PUBLISHED,
        held_words=", ".join(held)[:200], created_at=at or timezone.now())
    audit_record(actor=contributor.user, actor_label=contributor.audit_label,
                 action="news_comment_create", obj=comment, agency=locked.lead_agency, at=at,
                 changes={"status": [None, comment.status]},
                 object_repr=_news_repr(comment, locked))
    if held:
        with translation.override(settings.LANGUAGE_CODE):
            title = _("A comment on the news waits for review: %(title)s") % {
                "title": locked.title[:150]}
            reason = _("It contains words from the blocklist.")
        _news_notify(_news_moderators(locked), KIND_NEWS_REVIEW, post=locked, title=title,
                     body=reason, url=_news_queue_url())
    return comment


@transaction.atomic
def news_comment_reply_official(*, comment: NewsComment, actor: User, body: str,
                                at: dt.datetime | None = None) -> NewsComment:
    """An official reply by the staff of the article's agencies (or the coordinator, who
    answers for the lead agency): published at once with the agency's badge; the commenter
    is told (account holders by notification, others by one email)."""
    post = _require_public(comment.post)
    _check("reply_officially", post, Actor(user=actor))
    if comment.post_id != post.pk or not comment.is_visible:
        raise ValidationError(_("This comment cannot be replied to."), code="parent")
    body, _held = moderated_body(body)  # staff speak for the agency: no blocklist hold
    parent = comment if comment.parent_id is None else comment.parent
    agency = _acting_agency(post, Actor(user=actor)) or post.lead_agency
    reply = NewsComment.objects.create(
        post=post, parent=parent, body=body, author=actor, official_agency=agency,
        display_name=(actor.get_full_name() or actor.get_username())[:80],
        created_at=at or timezone.now())
    audit_record(actor=actor, action="news_comment_reply", obj=reply, agency=post.lead_agency,
                 at=at, object_repr=_news_repr(reply, post), note=body[:500])
    with translation.override(settings.LANGUAGE_CODE):
        title = _("%(agency)s replied to your comment on “%(title)s”") % {
            "agency": agency.short_name, "title": post.title[:150]}
    if comment.author_id is not None:
        _news_notify([comment.author], KIND_NEWS_REPLY, post=post, title=title,
                     body=body[:300], url=_news_public_url(post, reply), actor=actor)
    elif comment.participant_id is not None and not quiet.is_suppressed():
        enqueue_on_commit("jembatan.content.tasks.news_reply_email", reply.pk)
    return reply


@transaction.atomic
def news_reply_email_participant(*, reply: NewsComment) -> bool:
    """Background work after an official reply: one message to the participant without an
    account who wrote the comment, when they left a contact — an email, or the WhatsApp answer
    template for a mobile number (`participation.phone`, decision 0057)."""
    from django.core.mail import EmailMessage

    from jembatan.core.crypto import decrypt
    from jembatan.participation import phone

    comment = reply.parent
    participant = comment.participant if comment is not None else None
    address = decrypt(participant.notify_address) if participant is not None and \
        participant.notify_address else ""
    if not address or not reply.is_official:
        return False
    url = settings.SITE_URL.rstrip("/") + _news_public_url(reply.post, reply)
    if participant.contact_kind == Participant.ContactKind.PHONE:
        if not phone.answer_deliver(number=address, name=participant.display_name,
                                    agency=reply.official_agency.name, title=reply.post.title,
                                    url=url):
            return False
        audit_record(actor=None, action="news_reply_whatsapp", obj=reply,
                     agency=reply.post.lead_agency, object_repr=_news_repr(reply, reply.post))
        return True
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("%(agency)s replied to your comment on “%(title)s”") % {
            "agency": reply.official_agency.short_name, "title": reply.post.title[:150]}
        body = _("Hello %(name)s,\n\n%(agency)s replied to your comment on the news "
                 "\"%(title)s\":\n\n%(reply)s\n\nRead it here:\n%(url)s\n") % {
            "name": participant.display_name, "agency": reply.official_agency.name,
            "title": reply.post.title, "reply": reply.body, "url": url}
    EmailMessage(subject=subject, body=body, to=[address]).send()
    audit_record(actor=None, action="news_reply_emailed", obj=reply,
                 agency=reply.post.lead_agency, object_repr=_news_repr(reply, reply.post))
    return True


@transaction.atomic
def news_comment_flag(*, comment: NewsComment, contributor: Contributor, reason: str,
                      note: str = "") -> NewsComment:
    post = comment.post
    if comment.is_official:
        raise InvalidTransition(_("An official reply cannot be flagged; write to the agency "
                                  "instead."))
    comment, hidden = moderated_flag(
        comment=comment, flags=NewsCommentFlag, contributor=contributor, reason=reason,
        note=note, action="news_comment_flag", agency=post.lead_agency,
        object_repr=_news_repr(comment, post))
    if hidden:
        with translation.override(settings.LANGUAGE_CODE):
            title = _("A comment on the news was flagged %(count)d times and is hidden until "
                      "reviewed: %(title)s") % {"count": comment.flag_count,
                                                "title": post.title[:150]}
        _news_notify(_news_moderators(post), KIND_NEWS_REVIEW, post=post, title=title, body="",
                     url=_news_queue_url())
    return comment


def _tell_news_author(comment: NewsComment, post: Post, *, title: str, body: str,
                      actor: User | None) -> None:
    if comment.author_id is None:
        return
    _news_notify([comment.author], KIND_NEWS_MODERATED, post=post, title=title, body=body,
                 url=_news_public_url(post, comment), actor=actor)


@transaction.atomic
def news_comment_hide(*, comment: NewsComment, actor: User, reason: str) -> NewsComment:
    post = comment.post
    _check("moderate_comments", post, Actor(user=actor))
    comment = moderated_hide(comment=comment, actor=actor, reason=reason,
                             action="news_comment_hide", agency=post.lead_agency,
                             object_repr=_news_repr(comment, post))
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Your comment on “%(title)s” was hidden by a moderator") % {
            "title": post.title[:150]}
    _tell_news_author(comment, post, title=title, body=comment.hidden_reason, actor=actor)
    return comment


@transaction.atomic
def news_comment_restore(*, comment: NewsComment, actor: User,
                         reason: str = "") -> NewsComment:
    post = comment.post
    _check("moderate_comments", post, Actor(user=actor))
    comment, before = moderated_restore(comment=comment, actor=actor, reason=reason,
                                        action="news_comment_restore", agency=post.lead_agency,
                                        object_repr=_news_repr(comment, post))
    if before == NewsComment.Status.HIDDEN:
        with translation.override(settings.LANGUAGE_CODE):
            title = _("Your comment on “%(title)s” is shown again") % {
                "title": post.title[:150]}
        _tell_news_author(comment, post, title=title, body=reason.strip(), actor=actor)
    return comment
