"""The public side of the web channel: ask an agency a question, follow the answer."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.core import get_usage

from jembatan.connectors import actions
from jembatan.connectors.channels.web import questions
from jembatan.connectors.channels.web.forms import AskerReplyForm, AskForm, OpenQuestionForm
from jembatan.connectors.models import ConversationMessage
from jembatan.core import public_cache
from jembatan.core.access import get_agency_for_public

SESSION_KEY = "web_question_key"
# The questions this browser has opened with their key, like the reports' tracking page.
THREADS_SESSION_KEY = "web_questions"


def _limited(request: HttpRequest, group: str, rate: str) -> bool:
    usage = get_usage(request, group=group, key="ip", rate=rate, method=["POST"],
                      increment=True)
    return bool(usage and usage["should_limit"])


def ask(request: HttpRequest, slug: str) -> HttpResponse:
    if request.method != "POST":
        return _ask_form_page(request, slug)
    agency = get_agency_for_public(slug)
    form = AskForm(request.POST)
    if not form.is_valid():
        return _ask_page(request, agency, form, status=400)
    if _limited(request, "connectors.ask", "10/h"):
        form.add_error(None, _("Too many questions from this address. Please try again "
                               "in an hour."))
        return _ask_page(request, agency, form, status=429)
    data = form.cleaned_data
    _conversation, key = actions.web_question_ask(
        agency=agency, body=data["body"], name=data["name"], email=data["email"],
        phone=data["phone"], submission_id=data["submission_id"])
    if key:
        # Shown once on the next page, like a report's access key.
        request.session[SESSION_KEY] = key
    return redirect("connectors:web_asked", slug=agency.slug)


def _ask_form_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The empty form, the same for every visitor but for the CSRF token and the submission
    id: kept with marks for both, each visitor gets their own (core.public_cache)."""
    def context() -> dict:
        agency = get_agency_for_public(slug)  # when built: deactivating bumps `site`
        return {"agency": agency, "agency_name": agency.name,
                "form": AskForm(initial={"submission_id": public_cache.ONCE_MARK})}

    return public_cache.page(request, "connectors/web_ask.html",
                             content_template="connectors/_web_ask_content.html", name="web-ask",
                             scopes=(public_cache.SITE,), context=context, parts=(slug,),
                             keep=("agency_name",))


def _ask_page(request: HttpRequest, agency, form: AskForm, *, status: int) -> HttpResponse:
    """The form as this visitor sent it, with their answers and errors: never kept."""
    content = mark_safe(  # noqa: S308 - our template, escaped there
        render_to_string("connectors/_web_ask_content.html", {"agency": agency, "form": form},
                         request))
    return render(request, "connectors/web_ask.html",
                  {"agency_name": agency.name, "content": content}, status=status)


def _remember(request: HttpRequest, conversation) -> None:
    seen = [pk for pk in request.session.get(THREADS_SESSION_KEY, []) if pk != conversation.pk]
    request.session[THREADS_SESSION_KEY] = [*seen, conversation.pk][-50:]


@never_cache
def asked(request: HttpRequest, slug: str) -> HttpResponse:
    agency = get_agency_for_public(slug)
    key = request.session.pop(SESSION_KEY, "")
    conversation = questions.conversation_for_key(key) if key else None
    if conversation is not None:
        _remember(request, conversation)
    link = request.build_absolute_uri(questions.private_link_path(key)) if key else ""
    return render(request, "connectors/web_asked.html",
                  {"agency": agency, "link": link, "key": key,
                   "has_email": bool(conversation and questions.asker_email(conversation))})


@never_cache
def open_question(request: HttpRequest) -> HttpResponse:
    """Where the private link lands: the key comes by POST (the page's script reads it from
    after the "#", or the asker pastes it), never in a URL."""
    form = OpenQuestionForm(request.POST or None)
    if request.method == "POST":
        if _limited(request, "connectors.open_question", "20/10m"):
            form.add_error(None, _("Too many attempts. Please wait a few minutes."))
            return render(request, "connectors/web_open.html", {"form": form}, status=429)
        if form.is_valid():
            conversation = questions.conversation_for_key(form.cleaned_data["key"].strip())
            if conversation is not None:
                _remember(request, conversation)
                return redirect("connectors:web_thread", pk=conversation.pk)
            form.add_error("key", _("This key does not open a question. Check the link."))
        return render(request, "connectors/web_open.html", {"form": form}, status=400)
    return render(request, "connectors/web_open.html", {"form": form})


@never_cache
def thread_by_key(request: HttpRequest, key: str) -> HttpResponse:
    conversation = questions.conversation_for_key(key)
    if conversation is None:
        raise Http404
    _remember(request, conversation)
    return redirect("connectors:web_thread", pk=conversation.pk)


@never_cache
def thread(request: HttpRequest, pk: int) -> HttpResponse:
    """The asker's private thread: questions, answers, and a reply box; for a browser that
    opened it with the key."""
    conversation = (questions.web_conversation(pk)
                    if pk in request.session.get(THREADS_SESSION_KEY, []) else None)
    if conversation is None:
        raise Http404
    form = AskerReplyForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid() and not _limited(request, "connectors.asker_reply", "30/h"):
            actions.web_question_reply(conversation=conversation, body=form.cleaned_data["body"])
            return redirect("connectors:web_thread", pk=pk)
        status = 400 if form.errors else 429
        if status == 429:
            form.add_error(None, _("Too many messages. Please try again later."))
    else:
        status = 200
    # Not "messages": base.html shows that name as the flash messages.
    thread_messages = (conversation.messages
                .exclude(direction=ConversationMessage.Direction.NOTE)
                .only("direction", "body", "created_at", "author_name", "is_removed"))
    return render(request, "connectors/web_thread.html",
                  {"conversation": conversation, "thread_messages": thread_messages, "form": form},
                  status=status)
