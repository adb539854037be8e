"""Every change to a joint post. Each action checks the actor's role (403) and the post's state
(409), changes the post under a row lock, writes the audit entry and tells the people of the
lead and co-author agencies, all in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable, Mapping

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from jembatan.content import channels
from jembatan.content.models import (
    Channel,
    ContentSettings,
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
from jembatan.core.models import Agency, User
from jembatan.core.rules import agency_ids_of
from jembatan.core.workflow import SYSTEM, Actor, InvalidTransition, check_transition
from jembatan.library.actions import library_item_reuse
from jembatan.library.models import LibraryItem
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
) -> Post:
    """Change the text (the lead agency and coordinators). Versions not given are removed."""
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
    _check_info_value(locked)
    locked.full_clean(exclude=["co_authors", "slug"])
    locked.save()
    changes = diff(before, snapshot(locked, (*TEXT_FIELDS, "info_label")))
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

