"""Joint-content pages: the staff list, writing and reviewing a post, the editorial calendar, the
settings, and the public news pages (/berita/)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.decorators import ratelimit

from jembatan.catalogue import selectors as catalogue_selectors
from jembatan.content import actions, previews, reuse, selectors
from jembatan.content.access import (
    get_news_comment_for_public,
    get_news_comment_for_staff,
    get_post_for_staff,
    get_public_post,
)
from jembatan.content.forms import (
    CommentForm,
    FilterForm,
    NoteForm,
    PostForm,
    PublicFilterForm,
    ScheduleForm,
    SettingsForm,
    SuggestionForm,
)
from jembatan.content.models import (
    Channel,
    ContentSettings,
    NewsComment,
    Post,
    PostStatus,
    PostSuggestion,
)
from jembatan.content.rules import ALLOWED_FROM, TRANSITIONS, may_take
from jembatan.core import public_cache
from jembatan.core.access import login_and_perm_required, require_perm
from jembatan.core.files import serve_file
from jembatan.core.forms import error_text, form_error_text, form_errors_flash
from jembatan.core.pagination import InvalidCursor, keyset_page
from jembatan.core.workflow import Actor, InvalidTransition
from jembatan.participation import verification
from jembatan.participation.access import contributor_of
from jembatan.participation.actions import AlreadyDone
from jembatan.participation.forms import CommentForm as NewsCommentForm
from jembatan.participation.forms import FlagForm, OptionalReasonForm, ReasonForm

PAGE_SIZE = 25
NEWS_QUEUE_SIZE = 200
staff_required = login_and_perm_required("content.use_content")
MAX_CHECK_TEXT = 60_000
PREVIEW_MAX = 70_000


def _conflict(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "reports/conflict.html", {"message": message}, status=409)


def _page(request: HttpRequest, posts, *, time_field: str = "listed_at"):
    try:
        return keyset_page(posts, cursor=request.GET.get("cursor") or None, size=PAGE_SIZE,
                           time_field=time_field)
    except InvalidCursor as error:
        raise Http404 from error


# --- Staff: list, write, review ---------------------------------------------------------------


@login_required
def post_list(request: HttpRequest) -> HttpResponse:
    """The posts the user's agencies lead or co-author (all of them for coordinators)."""
    require_perm(request, "content.use_content")
    form = FilterForm(request.GET or None, user=request.user)
    filters = selectors.PostFilters()
    if form.is_valid():
        agency = form.cleaned_data["agency"]
        filters = selectors.PostFilters(status=form.cleaned_data["status"],
                                        agency=agency.slug if agency else "",
                                        q=form.cleaned_data["q"])
    posts = selectors.post_list(selectors.apply_filters(
        selectors.posts_for_staff(user=request.user), filters))
    page = _page(request, posts)
    query = urlencode({k: v for k, v in request.GET.items() if k != "cursor" and v})
    return render(request, "content/list.html", {"form": form, "page": page, "query": query})


@login_required
def post_create(request: HttpRequest) -> HttpResponse:
    require_perm(request, "content.use_content")
    form = PostForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            post = actions.post_create(
                lead_agency=data["lead_agency"], title=data["title"], body=data["body"],
                actor=request.user, co_authors=data["co_authors"], versions=form.versions(),
                topic=data["topic"], attachments=form.attachments() or (),
                picture=form.picture())
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            messages.success(request, _("The draft has been saved."))
            return redirect(post.get_staff_url())
    return render(request, "content/form.html", _form_context(request, form, None),
                  status=400 if form.errors else 200)


def _lead_name(form: PostForm, post: Post | None) -> str:
    if post is not None:
        return post.lead_agency.short_name or post.lead_agency.name
    own = form.fields["lead_agency"].queryset.first()
    return (own.short_name or own.name) if own else ""


def _form_context(request: HttpRequest, form: PostForm, post: Post | None) -> dict:
    source = form.data if form.is_bound else form.initial
    versions = {str(c): source.get(str(c)) or "" for c in Channel if c != Channel.PORTAL}
    return {"form": form, "post": post, "services": reuse.service_picker(request.user),
            "info": post.info_value if post else None,
            "previews": previews.previews(versions),
            "lead_name": _lead_name(form, post),
            "picture_url": post.staff_picture_url() if post else ""}


@login_required
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    post, actor = get_post_for_staff(request, pk)
    if not may_take("edit", post, actor):
        raise PermissionDenied
    if post.status not in ALLOWED_FROM["edit"]:
        return _conflict(request, _("An approved, scheduled or published post cannot be changed. "
                                    "Ask the agency admin to request changes first."))
    versions = {v.channel: v.text for v in post.versions.all()}
    initial = {"title": post.title, "body": post.body, "topic": post.topic,
               "image_alt": post.image_alt, "co_authors": list(post.co_authors.all()),
               "library": list(post.attachments.values_list("item_id", flat=True)), **versions}
    form = PostForm(request.POST or None, request.FILES or None, user=request.user, post=post,
                    initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            actions.post_update(
                post=post, actor=actor, title=data["title"], body=data["body"],
                co_authors=data["co_authors"], versions=form.versions(), topic=data["topic"],
                attachments=form.attachments(), picture=form.picture())
        except InvalidTransition as conflict:
            return _conflict(request, conflict.message)
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect(post.get_staff_url())
    return render(request, "content/form.html", _form_context(request, form, post),
                  status=400 if form.errors else 200)


def _transition_titles() -> dict[str, str]:
    return {
        "submit": _("Send for review"),
        "approve": _("Approve"),
        "request_changes": _("Request changes"),
        "schedule": _("Schedule"),
        "publish": _("Publish now"),
        "withdraw": _("Withdraw"),
    }


def _action_forms(post: Post, actor: Actor) -> list[tuple[str, str, object]]:
    titles = _transition_titles()
    forms = []
    for action in TRANSITIONS:
        if may_take(action, post, actor) and post.status in ALLOWED_FROM[action]:
            if action == "schedule":
                initial = {}
                if post.scheduled_at:
                    initial["scheduled_at"] = timezone.localtime(post.scheduled_at)
                form = ScheduleForm(initial=initial, auto_id=f"id_{action}_%s")
            else:
                form = NoteForm(auto_id=f"id_{action}_%s")
            forms.append((action, titles[action], form))
    return forms


@login_required
def post_detail(request: HttpRequest, pk: int) -> HttpResponse:
    post, actor = get_post_for_staff(request, pk)
    clashes = []
    if post.status == PostStatus.SCHEDULED and post.scheduled_at:
        clashes = selectors.clashes_for(post=post, at=post.scheduled_at)
    from jembatan.core.selectors import history_of

    return render(request, "content/detail.html", {
        "post": post,
        "info": post.info_value,
        "versions": {v.channel: v for v in post.versions.all()},
        "action_forms": _action_forms(post, actor),
        "may_edit": may_take("edit", post, actor) and post.status in ALLOWED_FROM["edit"],
        "may_comment": may_take("comment", post, actor)
        and post.status in ALLOWED_FROM["comment"],
        "may_suggest": may_take("suggest", post, actor)
        and post.status in ALLOWED_FROM["suggest"],
        "may_decide": may_take("decide_suggestion", post, actor)
        and post.status in ALLOWED_FROM["decide_suggestion"],
        "comment_form": CommentForm(),
        "suggestion_form": SuggestionForm(),
        "clashes": clashes,
        "require_coordinator": ContentSettings.current().require_coordinator_approval,
        "history": history_of(post).select_related(None)[:50],
        "channels": Channel,
    })


def _run_transition(request: HttpRequest, post: Post, actor: Actor, action: str) -> str | None:
    """Validate the form of `action` and call it; an error message, or None when done."""
    form = (ScheduleForm if action == "schedule" else NoteForm)(request.POST)
    if not form.is_valid():
        return form_error_text(form)
    note = form.cleaned_data["note"]
    if action == "submit":
        actions.post_submit(post=post, actor=actor, note=note)
    elif action == "approve":
        actions.post_approve(post=post, actor=actor, note=note)
    elif action == "request_changes":
        actions.post_request_changes(post=post, actor=actor, note=note)
    elif action == "schedule":
        actions.post_schedule(post=post, actor=actor, at=form.cleaned_data["scheduled_at"],
                              note=note)
        for clash in selectors.clashes_for(post=post, at=post.scheduled_at):
            messages.warning(request, _("Clash with “%(title)s” (%(agency)s): %(reason)s.") % {
                "title": clash.other.title, "agency": clash.other.lead_agency.short_name,
                "reason": clash.reason})
    elif action == "publish":
        actions.post_publish(post=post, actor=actor, note=note)
    elif action == "withdraw":
        actions.post_withdraw(post=post, actor=actor, note=note)
    return None


@login_required
@require_POST
def post_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in TRANSITIONS:
        raise Http404
    post, actor = get_post_for_staff(request, pk)
    try:
        error = _run_transition(request, post, actor, action)
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    except ValidationError as invalid:
        error = error_text(invalid)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("Done: the post is now “%(status)s”.")
                         % {"status": post.get_status_display()})
    return redirect(post.get_staff_url())


@login_required
@require_POST
def comment_create(request: HttpRequest, pk: int) -> HttpResponse:
    post, actor = get_post_for_staff(request, pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the comment first."))
        return redirect(post.get_staff_url())
    try:
        actions.comment_add(post=post, actor=actor, body=form.cleaned_data["body"])
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    except ValidationError as invalid:
        messages.error(request, error_text(invalid))
    else:
        messages.success(request, _("Your comment has been added."))
    return redirect(post.get_staff_url() + "#comments")


@login_required
@require_POST
def suggestion_create(request: HttpRequest, pk: int) -> HttpResponse:
    post, actor = get_post_for_staff(request, pk)
    form = SuggestionForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_error_text(form))
        return redirect(post.get_staff_url() + "#suggestions")
    try:
        actions.suggestion_add(post=post, actor=actor, channel=form.cleaned_data["channel"],
                               text=form.cleaned_data["text"], note=form.cleaned_data["note"])
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    except ValidationError as invalid:
        messages.error(request, error_text(invalid))
    else:
        messages.success(request, _("Your suggestion has been sent to the lead agency."))
    return redirect(post.get_staff_url() + "#suggestions")


@login_required
@require_POST
def suggestion_decide(request: HttpRequest, pk: int, sid: int, decision: str) -> HttpResponse:
    if decision not in ("terima", "tolak"):
        raise Http404
    post, actor = get_post_for_staff(request, pk)
    suggestion = get_object_or_404(PostSuggestion, pk=sid, post=post)
    try:
        actions.suggestion_decide(suggestion=suggestion, actor=actor,
                                  accept=decision == "terima")
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    messages.success(request, _("The suggestion has been accepted.") if decision == "terima"
                     else _("The suggestion has been dismissed."))
    return redirect(post.get_staff_url() + "#suggestions")


@login_required
@require_POST
def preview(request: HttpRequest) -> HttpResponse:
    """While a draft is typed (htmx): how each social version will look, with its counter."""
    require_perm(request, "content.use_content")
    # Cut a little above the longest limit (Facebook's), so a text over it still shows as such.
    versions = {str(c): request.POST.get(str(c), "")[:PREVIEW_MAX]
                for c in Channel if c != Channel.PORTAL}
    picture = request.POST.get("preview_picture", "")[:200]
    if not (picture.startswith("/") and url_has_allowed_host_and_scheme(picture, None)):
        picture = ""
    return render(request, "content/_previews.html", {
        "previews": previews.previews(versions), "picture_url": picture,
        "lead_name": request.POST.get("preview_lead", "")[:80]})


@login_required
@require_GET
def staff_image(request: HttpRequest, pk: int) -> HttpResponse:
    """The post's picture for the people who work on it, before it is public."""
    post, _actor = get_post_for_staff(request, pk)
    if not post.image:
        raise Http404
    return serve_file(post.image, content_type=post.image_type, filename=f"gambar-{post.pk}",
                      inline=True)


@require_GET
def public_image(request: HttpRequest, key: str) -> HttpResponse:
    """A published article's picture (the news pages, OpenGraph, Instagram)."""
    post = get_public_post(key)
    if not post.image:
        raise Http404
    return serve_file(post.image, content_type=post.image_type, filename=f"gambar-{post.pk}",
                      inline=True, public=True)


@login_required
@require_POST
def info_value_check(request: HttpRequest) -> HttpResponse:
    """While a draft is typed (htmx): the checker's verdict on the title and body."""
    require_perm(request, "content.use_content")
    text = f"{request.POST.get('title', '')}\n\n{request.POST.get('body', '')}"[:MAX_CHECK_TEXT]
    info = None
    if text.strip():
        from jembatan.triage.quality import info_value

        result = info_value(text)
        info = {"label": result.label, "probability": result.probability,
                "suggestions": result.suggestions}
    return render(request, "content/_info_value.html", {"info": info, "live": True})


@login_required
@require_GET
def clash_check(request: HttpRequest, pk: int) -> HttpResponse:
    """While a schedule is picked (htmx): which posts it would clash with."""
    post, _actor = get_post_for_staff(request, pk)
    clashes = []
    raw = request.GET.get("scheduled_at", "")[:40]
    if raw:
        # The schedule form's own checks (a moment in the next five years), so the window
        # around it always stays within the dates Python knows.
        form = ScheduleForm({"scheduled_at": raw})
        if form.is_valid():
            clashes = selectors.clashes_for(post=post, at=form.cleaned_data["scheduled_at"])
    return render(request, "content/_clashes.html", {"clashes": clashes, "checked": bool(raw)})


# --- The editorial calendar ---------------------------------------------------------------------


def _month(request: HttpRequest) -> tuple[int, int]:
    raw = request.GET.get("bulan", "")
    try:
        year, month = (int(part) for part in raw.split("-"))
        if not (2000 <= year <= 2100 and 1 <= month <= 12):
            raise ValueError
    except ValueError:
        today = timezone.localdate()
        year, month = today.year, today.month
    return year, month


@login_required
def calendar_view(request: HttpRequest) -> HttpResponse:
    """Every agency's scheduled and published posts by month, with clash warnings."""
    require_perm(request, "content.view_calendar")
    year, month = _month(request)
    start, end = selectors.month_bounds(year, month)
    entries = selectors.calendar_entries(user=request.user, start=start, end=end)
    as_list = request.GET.get("tampilan") == "daftar"
    previous = (start - dt.timedelta(days=1))
    return render(request, "content/calendar.html", {
        "entries": entries,
        "weeks": None if as_list else selectors.month_grid(year, month, entries),
        "as_list": as_list,
        "month_start": start,
        "previous": f"{previous.year}-{previous.month:02d}",
        "next": f"{end.year}-{end.month:02d}",
        "current": f"{year}-{month:02d}",
        "clash_count": sum(1 for e in entries if e.clashes),
    })


@login_required
def settings_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "content.change_settings")
    current = ContentSettings.current()
    form = SettingsForm(request.POST or None, initial={
        "require_coordinator_approval": current.require_coordinator_approval,
        "clash_window_hours": current.clash_window_hours})
    if request.method == "POST" and form.is_valid():
        actions.content_settings_update(actor=request.user, **form.cleaned_data)
        messages.success(request, _("The settings have been saved."))
        return redirect("content:settings")
    return render(request, "content/settings.html", {"form": form},
                  status=400 if form.errors else 200)


# --- Public pages -------------------------------------------------------------------------------


# The news pages are the same for every anonymous visitor who has not confirmed an email
# address in this session: kept in the shared cache (core.public_cache) by the version of the
# content (every model of this app, the comments included), the agencies and the services.
PUBLIC_SCOPES = (public_cache.CONTENT, public_cache.SITE, public_cache.CATALOGUE)


def public_list(request: HttpRequest) -> HttpResponse:
    """Published news newest first, by agency and topic, a keyset page at a time."""
    def context() -> dict:
        form = PublicFilterForm(request.GET or None, topics=selectors.public_topics())
        data = {}
        if form.is_bound:
            # A topic no longer published (an old link) drops that filter alone: cleaned_data
            # keeps the fields that are valid.
            form.is_valid()
            data = form.cleaned_data
        agency = data.get("agency")
        posts = selectors.public_posts_filtered(agency=agency, topic=data.get("topic") or "")
        query = urlencode({key: value for key, value in (
            ("agency", agency.slug if agency else ""), ("topic", data.get("topic") or ""))
            if value})
        return {"page": _page(request, posts), "form": form, "query": query,
                "agency_name": agency.short_name if agency else ""}

    return public_cache.page(request, "content/public_list.html",
                             content_template="content/_public_list_content.html",
                             name="news", scopes=PUBLIC_SCOPES, context=context,
                             parts=(request.GET.urlencode(),), keep=("query", "agency_name"))


SHARE_WHATSAPP = "https://wa.me/?"
SHARE_FACEBOOK = "https://www.facebook.com/sharer/sharer.php?"


class _Moved(Exception):
    def __init__(self, url: str):
        self.url = url


def public_detail(request: HttpRequest, key: str) -> HttpResponse:
    contributor = contributor_of(request)

    def context() -> dict:
        # Looked up when the page is built: a kept copy exists only of a published article,
        # and publishing, withdrawing or editing one makes a new key.
        post = get_public_post(key)
        if key != post.slug and post.slug:
            raise _Moved(post.get_absolute_url())
        canonical = request.build_absolute_uri(post.get_absolute_url())
        comments = selectors.news_comments_page(post)
        values = {
            "post": post,
            "comments": comments,
            "comment_total": selectors.news_comment_count(comments),
            "contributor": contributor,
            "may_reply_officially": request.user.is_authenticated
            and may_take("reply_officially", post, Actor(user=request.user)),
            "facts": selectors.post_facts(post),
            "related_services": catalogue_selectors.services_related(
                agency=post.lead_agency, topic=post.topic),
            "share_whatsapp": SHARE_WHATSAPP + urlencode({"text": f"{post.title} {canonical}"}),
            "share_facebook": SHARE_FACEBOOK + urlencode({"u": canonical}),
            "page_title": post.title,
        }
        values["head"] = render_to_string("content/_public_detail_head.html", {
            "post": post, "canonical": canonical,
            "description": Truncator(post.body).words(30, truncate=" …"),
            "picture_absolute": (request.build_absolute_uri(post.picture_url())
                                 if post.has_picture else "")}, request)
        return values

    try:
        # A confirmed participant's page says so under the comment form: their own.
        return public_cache.page(request, "content/public_detail.html",
                                 content_template="content/_public_detail_content.html",
                                 name="news-post", scopes=PUBLIC_SCOPES, context=context,
                                 parts=(key, request.get_host(), request.scheme),
                                 keep=("page_title", "head"), shared=contributor is None)
    except _Moved as moved:
        return redirect(moved.url, permanent=True)


# --- The public's comments on articles (/berita/…/komentar/) ----------------------------------


def _article_back(post: Post, comment: NewsComment | None = None) -> str:
    return post.get_absolute_url() + (f"#komentar-{comment.pk}" if comment else "#komentar")


def _news_contributor(request: HttpRequest, back: str):
    """The person commenting, or a detour to confirm an email address or mobile number first
    (the consultations' one-time code, which remembers the participant in the session)."""
    contributor = contributor_of(request)
    if contributor is not None:
        return contributor, None
    messages.info(request, verification.confirm_first())
    return None, redirect(reverse("participation:confirm") + "?" + urlencode({"next": back}))


def _news_step(request: HttpRequest, step, done: str, back: str) -> HttpResponse:
    try:
        step()
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    except AlreadyDone as already:
        messages.info(request, str(already))
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, done)
    return redirect(back)


@require_POST
@ratelimit(key="ip", rate="30/10m", method="POST", block=False)
def public_comment(request: HttpRequest, key: str) -> HttpResponse:
    post = get_public_post(key)
    back = _article_back(post)
    contributor, detour = _news_contributor(request, back)
    if detour:
        return detour
    if getattr(request, "limited", False):
        messages.error(request, _("Too many comments from your connection. Please wait a few "
                                  "minutes."))
        return redirect(back)
    form = NewsCommentForm(request.POST)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(back)
    parent_pk = form.cleaned_data["parent"]
    parent = post.public_comments.filter(pk=parent_pk).first() if parent_pk else None
    try:
        comment = actions.news_comment_create(post=post, contributor=contributor,
                                              body=form.cleaned_data["body"], parent=parent)
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect(back)
    if comment.status == NewsComment.Status.PENDING:
        messages.info(request, _("Thank you. Your comment will appear after a moderator has "
                                 "read it."))
        return redirect(back)
    messages.success(request, _("Thank you, your comment is shown."))
    return redirect(_article_back(post, comment))


@ratelimit(key="ip", rate="30/10m", method="POST", block=False)
def public_comment_flag(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_news_comment_for_public(pk)
    post = comment.post
    back = _article_back(post, comment)
    form = FlagForm(request.POST or None)
    if request.method == "POST":
        contributor, detour = _news_contributor(request, request.path)
        if detour:
            return detour
        if getattr(request, "limited", False):
            messages.error(request, _("Too many flags from your connection. Please wait a few "
                                      "minutes."))
            return redirect(back)
        if form.is_valid():
            return _news_step(request, lambda: actions.news_comment_flag(
                comment=comment, contributor=contributor, **form.cleaned_data),
                _("Thank you. Moderators will look at this comment."), back)
    return render(request, "participation/flag.html",
                  {"form": form, "comment": comment, "post": post,
                   "back": post.get_absolute_url()},
                  status=400 if form.errors else 200)


# --- Staff: the queue of the public's comments on articles ------------------------------------


@staff_required
def news_comments(request: HttpRequest) -> HttpResponse:
    comments = list(selectors.news_comments_for_staff(user=request.user)[:NEWS_QUEUE_SIZE])
    actor = Actor(user=request.user)
    for comment in comments:
        comment.may_moderate = may_take("moderate_comments", comment.post, actor)
    return render(request, "content/news_comments.html", {
        "comments": comments, "queue_size": NEWS_QUEUE_SIZE,
        "reason_form": ReasonForm(), "restore_form": OptionalReasonForm(),
        "reply_form": NewsCommentForm(),
    })


@require_POST
@staff_required
def news_comment_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_news_comment_for_staff(request, pk)
    back = reverse("content:news_comments")
    if request.POST.get("decision") == "hide":
        form = ReasonForm(request.POST)
        if not form.is_valid():
            form_errors_flash(request, form)
            return redirect(back)
        return _news_step(request, lambda: actions.news_comment_hide(
            comment=comment, actor=request.user, reason=form.cleaned_data["reason"]),
            _("The comment is hidden; its author is told why."), back)
    form = OptionalReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    return _news_step(request, lambda: actions.news_comment_restore(
        comment=comment, actor=request.user, reason=reason),
        _("The comment is shown again."), back)


@require_POST
@staff_required
def news_comment_reply(request: HttpRequest, pk: int) -> HttpResponse:
    """An official reply, from the queue or from the article page itself."""
    comment = get_news_comment_for_staff(request, pk)
    back = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        back = reverse("content:news_comments")
    form = NewsCommentForm(request.POST)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(back)
    return _news_step(request, lambda: actions.news_comment_reply_official(
        comment=comment, actor=request.user, body=form.cleaned_data["body"]),
        _("Your official reply is published and the commenter is told."), back)
