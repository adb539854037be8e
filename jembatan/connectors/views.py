"""Staff pages for conversations: the list beside the reports inbox, the coordinators' queue of
everything unanswered, one conversation with its actions, response metrics and imports.

Every action is a plain POST that redirects back (works without JavaScript); with htmx the same
POST answers with the conversation's updated section instead.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jembatan.connectors import actions, imports, metrics, outbound, selectors
from jembatan.connectors.access import get_conversation_for_staff, get_quarantined_original
from jembatan.connectors.forms import (
    AccountForm,
    AssignForm,
    ConversationFilterForm,
    ConvertForm,
    ImportForm,
    LabelsForm,
    MetricsForm,
    NeedsReplyForm,
    NoteForm,
    ReplyForm,
    TemplateReplyForm,
)
from jembatan.connectors.models import (
    ConnectedAccount,
    Conversation,
    ConversationAttachment,
    ConversationMessage,
    ImportJob,
    Platform,
)
from jembatan.connectors.needs_reply import REASONS
from jembatan.connectors.templatetags.connectors_tags import conversation_rows
from jembatan.core.access import get_agency_for_user, require_perm
from jembatan.core.files import serve_bytes, serve_stored
from jembatan.core.filter_chips import filter_chips
from jembatan.core.form_fields_cache import fields_html
from jembatan.core.forms import error_text, form_error_text
from jembatan.core.pagination import InvalidCursor, keyset_page
from jembatan.reports.models import CannedResponse

PAGE_SIZE = 25


# --- Lists ------------------------------------------------------------------------------------


def _filters(form: ConversationFilterForm) -> selectors.ConversationFilters:
    data = form.cleaned_data if form.is_valid() else {}
    return selectors.ConversationFilters(
        channel=data.get("channel") or "", status=data.get("status") or "",
        agency=data["agency"].slug if data.get("agency") else "",
        unanswered=bool(data.get("unanswered")), stale=bool(data.get("stale")),
        assigned=data.get("assigned") or "",
        label=data["label"].pk if data.get("label") else None, q=data.get("q") or "",
    )


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    """All conversations the user may see, most recent activity first; spam in its own folder
    (?view=spam), out of every other list."""
    require_perm(request, "reports.view_inbox")
    # Opened without a choice, the inbox shows what waits for an answer (as a help desk opens on
    # its open conversations); "All" is ?view=all.
    chosen = any(key != "cursor" for key in request.GET)
    if chosen:
        form = ConversationFilterForm(request.GET, user=request.user)
    else:
        form = ConversationFilterForm(QueryDict("unanswered=on"), user=request.user)
    filters = _filters(form)
    filters.spam = request.GET.get("view") == "spam"
    conversations = selectors.conversations_inbox(user=request.user, filters=filters)
    # Longest waiting first walks the waiting conversations by waiting_since (conv_waiting_idx).
    oldest = form.is_valid() and form.cleaned_data.get("order") == "oldest"
    if oldest:
        conversations = conversations.filter(waiting_since__isnull=False)
    order = {"time_field": "waiting_since", "oldest_first": True} if oldest else {
        "time_field": "last_message_at"}
    try:
        page = keyset_page(conversations, cursor=request.GET.get("cursor"), size=PAGE_SIZE,
                           **order)
    except InvalidCursor:
        messages.error(request, _("That page link is no longer valid; showing the newest "
                                  "conversations."))
        page = keyset_page(conversations, cursor=None, size=PAGE_SIZE, **order)
    query = request.GET.copy() if chosen else form.data.copy()
    query.pop("cursor", None)
    # The filters stay folded (the chips say which apply): on a phone the first conversation
    # shows on the first screen. A search is shown open, to change its words.
    show_filters = bool(chosen and (form.errors or form.cleaned_data.get("q")))
    context = {"form": form, "page": page, "query": query.urlencode(), "now": timezone.now(),
               "chips": filter_chips(request, form) if chosen else [], "oldest": oldest,
               "nothing_waits": not chosen,
               "spam_view": filters.spam, "waiting_view": filters.unanswered and not filters.spam,
               "show_filters": show_filters, "here": request.get_full_path()}
    if not request.htmx:
        context["filter_fields"] = fields_html(form, name="conversations",
                                               parts=form.choices_scope())
        counts = selectors.channel_counts(user=request.user)
        context["channels"] = [(value, label, counts[value]) for value, label in Platform.choices]
        context["waiting_total"] = sum(counts.values())
        context["spam_total"] = selectors.spam_count(user=request.user)
    if request.htmx:
        # The rows written in Python, equal to connectors/_inbox_rows.html (decision 0059).
        return HttpResponse(conversation_rows(
            page=page, now=context["now"], spam_view=filters.spam, here=context["here"],
            query=context["query"], nothing_waits=not chosen, oldest=oldest,
            csrf_token=get_token(request)))
    return render(request, "connectors/inbox.html", context)


@login_required
def unanswered(request: HttpRequest) -> HttpResponse:
    """Reports and conversations still waiting for a first answer, across all channels."""
    require_perm(request, "reports.view_inbox")
    items = selectors.unanswered_queue(user=request.user)
    return render(request, "connectors/unanswered.html", {"items": items, "now": timezone.now()})


# --- One conversation -------------------------------------------------------------------------


def whatsapp_window(conversation: Conversation, now: dt.datetime | None = None) -> dict | None:
    """The 24-hour window of a WhatsApp conversation: open until when, or closed.

    WhatsApp Business allows free-form replies only within 24 hours of the customer's last
    message; after that only approved template messages (Meta's customer service window).
    """
    if conversation.channel != Platform.WHATSAPP:
        return None
    now = now or timezone.now()
    if conversation.last_inbound_at is None:
        return {"open": False, "closes_at": None, "left": None}
    closes_at = conversation.last_inbound_at + outbound.SERVICE_WINDOW
    return {"open": closes_at > now, "closes_at": closes_at,
            "left": closes_at - now if closes_at > now else None}


def _canned(conversation: Conversation):
    return (CannedResponse.objects.filter(Q(agency__isnull=True)
                                          | Q(agency_id=conversation.agency_id))
            .select_related("agency").order_by("title"))


def _fill_canned(canned: CannedResponse, conversation: Conversation) -> str:
    values = {"nama": conversation.contact.name or _("Bapak/Ibu"),
              "kode": conversation.report.tracking_code if conversation.report else "-",
              "tenggat": "-"}
    text = canned.body
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _context(request: HttpRequest, conversation: Conversation, **extra) -> dict:
    user = request.user
    reply_initial = {}
    canned_pk = request.GET.get("canned", "")
    # ASCII digits of a bigint only: "²" passes str.isdigit() but not int().
    if canned_pk.isascii() and canned_pk.isdigit() and len(canned_pk) < 19:
        canned = _canned(conversation).filter(pk=int(canned_pk)).first()
        if canned is not None:
            reply_initial["body"] = _fill_canned(canned, conversation)
    message_list = selectors.conversation_messages(conversation)
    officers = selectors.officers_for(conversation)
    labels = selectors.labels_for(conversation)
    context = {
        "conversation": conversation,
        "message_list": [m for m in message_list
                         if m.direction != ConversationMessage.Direction.NOTE],
        "notes": [m for m in message_list if m.direction == ConversationMessage.Direction.NOTE],
        "earlier": selectors.earlier_contacts(conversation, user=user),
        "can_reply": user.has_perm("connectors.reply_conversation", conversation),
        "reply_form": ReplyForm(initial=reply_initial),
        "template_form": TemplateReplyForm(),
        "note_form": NoteForm(),
        "assign_form": AssignForm(officers=officers,
                                  initial={"officer": conversation.assigned_to_id}),
        "labels_form": LabelsForm(labels=labels,
                                  initial={"labels": list(conversation.labels.all())}),
        "needs_form": NeedsReplyForm(
            initial={"needs_reply": "yes" if conversation.needs_reply else "no"}),
        "convert_form": ConvertForm(conversation=conversation),
        "reason": REASONS.get(conversation.needs_reply_reason, ""),
        "canned": _canned(conversation),
        "window": whatsapp_window(conversation),
        "now": timezone.now(),
    }
    context.update(extra)
    return context


@login_required
def conversation(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = get_conversation_for_staff(request, pk)
    return render(request, "connectors/conversation.html", _context(request, conversation))


def _done(request: HttpRequest, conversation: Conversation, *, status: int = 200) -> HttpResponse:
    """After an action: the updated section for htmx, else back to the page."""
    if request.htmx:
        conversation = get_conversation_for_staff(request, conversation.pk)
        return render(request, "connectors/_conversation.html",
                      _context(request, conversation), status=status)
    return redirect(conversation.get_absolute_url())


def _for_writing(request: HttpRequest, pk: int) -> Conversation:
    if request.method != "POST":
        raise Http404
    conversation = get_conversation_for_staff(request, pk)
    if not request.user.has_perm("connectors.reply_conversation", conversation):
        raise PermissionDenied
    return conversation


@login_required
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _for_writing(request, pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_error_text(form))
        return _done(request, conversation)
    try:
        actions.conversation_reply(conversation=conversation, actor=request.user,
                                   body=form.cleaned_data["body"])
    except ValidationError as error:  # OutsideServiceWindow says what to do instead
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("The reply is on its way."))
    return _done(request, conversation)


@login_required
def reply_template(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _for_writing(request, pk)
    form = TemplateReplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_error_text(form))
        return _done(request, conversation)
    try:
        actions.conversation_reply(conversation=conversation, actor=request.user, body="",
                            template=form.cleaned_data["template"],
                            template_language=form.cleaned_data["language"],
                            template_params=form.cleaned_data["params"])
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("The template message is on its way."))
    return _done(request, conversation)


@login_required
def note(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _for_writing(request, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            actions.conversation_note_add(conversation=conversation, actor=request.user,
                                          body=form.cleaned_data["body"])
            messages.success(request, _("The note has been saved."))
        except ValidationError as error:
            messages.error(request, error_text(error))
    else:
        messages.error(request, form_error_text(form))
    return _done(request, conversation)


@login_required
def retry(request: HttpRequest, pk: int, message_pk: int) -> HttpResponse:
    conversation = _for_writing(request, pk)
    message = get_object_or_404(ConversationMessage, pk=message_pk, conversation=conversation,
                                direction=ConversationMessage.Direction.OUT)
    try:
        actions.message_retry(message=message, actor=request.user)
        messages.success(request, _("The message will be sent again."))
    except ValidationError as error:
        messages.error(request, error_text(error))
    return _done(request, conversation)


@login_required
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _for_writing(request, pk)
    form = AssignForm(request.POST, officers=selectors.officers_for(conversation))
    if form.is_valid():
        actions.conversation_assign(conversation=conversation,
                                    officer=form.cleaned_data["officer"], actor=request.user)
        messages.success(request, _("The assignment has been saved."))
    else:
        messages.error(request, _("Choose an officer of the conversation's agency."))
    return _done(request, conversation)


@login_required
def labels(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _for_writing(request, pk)
    form = LabelsForm(request.POST, labels=selectors.labels_for(conversation))
    if form.is_valid():
        actions.conversation_labels_set(conversation=conversation,
                                        labels=form.cleaned_data["labels"], actor=request.user)
        messages.success(request, _("The labels have been saved."))
    else:
        messages.error(request, form_error_text(form))
    return _done(request, conversation)


@login_required
def needs_reply(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _for_writing(request, pk)
    form = NeedsReplyForm(request.POST)
    if form.is_valid():
        actions.conversation_needs_reply_set(conversation=conversation,
                                             needs=form.cleaned_data["needs_reply"],
                                             actor=request.user)
        messages.success(request, _("Saved."))
    else:
        messages.error(request, form_error_text(form))
    return _done(request, conversation)


def _back(request: HttpRequest, conversation: Conversation) -> HttpResponse:
    """After a spam decision taken from the list: back to the same list page."""
    target = request.POST.get("next", "")
    inbox = reverse("connectors:inbox")
    if not request.htmx and (target == inbox or target.startswith(inbox + "?")):
        return redirect(target)
    return _done(request, conversation)


@login_required
def spam(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """"Tandai spam" and "Bukan spam", from the list or the conversation's page."""
    if action not in ("mark", "restore"):
        raise Http404
    conversation = _for_writing(request, pk)
    try:
        if action == "mark":
            actions.conversation_spam_mark(conversation=conversation, actor=request.user)
        else:
            actions.conversation_spam_restore(conversation=conversation, actor=request.user)
    except ValidationError as error:  # taken already, in another tab or by a colleague
        if request.htmx:
            # htmx swaps no error answer: the section, current again, says it instead.
            messages.error(request, error_text(error))
            return _done(request, conversation)
        return render(request, "reports/conflict.html", {"message": error_text(error)},
                      status=409)
    if action == "mark":
        messages.success(request, _("The conversation is in the spam folder."))
    else:
        messages.success(request, _("The conversation is back in the list and waits for a "
                                    "reply. Later messages from this sender are not read as "
                                    "spam."))
    return _back(request, conversation)


@login_required
def set_status(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in ("close", "reopen"):
        raise Http404
    conversation = _for_writing(request, pk)
    if action == "close":
        actions.conversation_close(conversation=conversation, actor=request.user)
        messages.success(request, _("The conversation is closed."))
    else:
        actions.conversation_reopen(conversation=conversation, actor=request.user)
        messages.success(request, _("The conversation is open again."))
    return _done(request, conversation)


@login_required
def convert_view(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _for_writing(request, pk)
    form = ConvertForm(request.POST, conversation=conversation)
    if not form.is_valid():
        messages.error(request, form_error_text(form))
        return _done(request, conversation)
    data = form.cleaned_data
    message = None
    if data.get("message"):
        message = get_object_or_404(ConversationMessage, pk=data["message"],
                                    conversation=conversation)
    try:
        report = actions.conversation_convert_to_report(
            conversation=conversation, actor=request.user, message=message,
            title=data["title"] or None, kind=data["kind"], category=data["category"],
            reply=data.get("reply") or None)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return _done(request, conversation)
    if not report.created_now:
        messages.info(request, _("This conversation is already report %(code)s.")
                      % {"code": report.tracking_code})
    elif report.notice_sent:
        messages.success(request, _("Report %(code)s has been created; the citizen is being "
                                    "sent its code.") % {"code": report.tracking_code})
    else:
        messages.warning(request, _(
            "Report %(code)s has been created, but its code could not be sent in this channel "
            "(for WhatsApp: more than 24 hours since the person last wrote). Pass on the code "
            "%(code)s and the access key %(key)s another way; the key is shown only now."
        ) % {"code": report.tracking_code, "key": report.access_key})
    return _done(request, conversation)


@login_required
def canned_fill(request: HttpRequest, pk: int, canned_pk: int) -> HttpResponse:
    """A canned response with its placeholders filled, for the reply box (htmx)."""
    conversation = get_conversation_for_staff(request, pk)
    canned = get_object_or_404(_canned(conversation), pk=canned_pk)
    return render(request, "reports/_reply_box.html",
                  {"text": _fill_canned(canned, conversation)})


@login_required
def attachment(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    conversation = get_conversation_for_staff(request, pk)
    item = get_object_or_404(ConversationAttachment, pk=attachment_pk,
                             message__conversation=conversation)
    # WhatsApp media keep the type the sender's phone declared, unchecked: serve_file shows
    # only the photo types in the browser and has everything else downloaded.
    return serve_stored(item, filename=item.original_name or "lampiran")


@login_required
def quarantined_original(request: HttpRequest, pk: int) -> HttpResponse:
    """The original bytes of an email that could not be read completely, as a .eml file."""
    item = get_quarantined_original(request, pk)
    # Downloaded, never shown: the bytes are whatever the sender made of them (HTML, script).
    return serve_bytes(bytes(item.raw), filename=f"email-{item.pk}.eml",
                       content_type="message/rfc822")


# --- Metrics and imports ----------------------------------------------------------------------


@login_required
def metrics_view(request: HttpRequest) -> HttpResponse:
    """Coordinators see every agency; agency staff see their own agencies."""
    require_perm(request, "reports.view_inbox")
    form = MetricsForm(request.GET or None, user=request.user)
    start, end = form.period()
    agency = form.cleaned_data.get("agency") if form.is_valid() else None
    result = metrics.response_metrics(user=request.user, start=start, end=end, agency=agency)
    return render(request, "connectors/metrics.html", {
        "form": form, "metrics": result, "last_day": end - dt.timedelta(days=1)})


@login_required
def import_start(request: HttpRequest) -> HttpResponse:
    require_perm(request, "reports.view_inbox")
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                job = actions.import_job_create(
                    agency=form.cleaned_data["agency"], platform=form.cleaned_data["platform"],
                    upload=form.cleaned_data["file"], actor=request.user)
            except ValidationError as error:
                form.add_error("file", error)
            else:
                return redirect("connectors:import_job", pk=job.pk)
        status = 400
    jobs = (ImportJob.objects.filter(agency__in=form.fields["agency"].queryset)
            .select_related("agency", "created_by")[:20])
    return render(request, "connectors/import.html", {"form": form, "jobs": jobs},
                  status=status)


@login_required
def import_job(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(ImportJob.objects.select_related("agency", "created_by"), pk=pk)
    if not request.user.has_perm("connectors.view_agency_conversations", job.agency):
        raise Http404
    context = {"job": job, "errors": [imports.error_text(e) for e in job.errors[:200]],
               "running": job.status in (ImportJob.Status.PENDING, ImportJob.Status.RUNNING)}
    template = "connectors/_import_progress.html" if request.htmx else "connectors/import_job.html"
    return render(request, template, context)


# --- An agency's connected accounts ----------------------------------------------------------
# Its admin (or a coordinator) connects them here. Tokens and mailbox passwords are write-only:
# the page says whether one is stored, never what it is.


@login_required
def accounts(request: HttpRequest, slug: str) -> HttpResponse:
    agency = get_agency_for_user(request, slug, perm="connectors.manage_accounts")
    form = AccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        mailbox = {}
        if data["platform"] == Platform.EMAIL:
            mailbox = {"imap_host": data["imap_host"].strip(),
                       "imap_port": data["imap_port"] or 993,
                       "imap_username": data["imap_username"].strip()}
        try:
            account, created = actions.account_connect(
                agency=agency, platform=data["platform"], external_id=data["external_id"],
                name=data["name"], token=data["token"] or None, actor=request.user, **mailbox)
        except ValidationError as error:
            for text in error.messages:
                form.add_error("external_id", text)
        else:
            messages.success(request, (_("%(account)s is connected.") if created
                                       else _("%(account)s is updated.")) % {"account": account})
            return redirect("connectors:accounts", slug=agency.slug)
    rows = selectors.connected_accounts(agency=agency)
    webhook = settings.SITE_URL + reverse("connectors:meta_webhook")
    return render(request, "connectors/accounts.html",
                  {"agency": agency, "form": form, "accounts": rows, "webhook": webhook,
                   "quarantined": selectors.quarantined_mail(agency=agency)},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def account_toggle(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    agency = get_agency_for_user(request, slug, perm="connectors.manage_accounts")
    account = get_object_or_404(ConnectedAccount, pk=pk, agency=agency)
    account = actions.account_toggle(account=account, actor=request.user)
    messages.success(request, (_("%(account)s is active again.") if account.is_active
                               else _("%(account)s is switched off: its events are ignored and "
                                      "nothing is sent from it.")) % {"account": account})
    return redirect("connectors:accounts", slug=agency.slug)
