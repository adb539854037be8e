"""Pages of public consultations: the staff side under /staf/partisipasi/ (drafting, import,
preview, publishing, moderation, answering, figures) and the public side under /partisipasi/
(reading section by section, commenting, supporting, flagging, the questions, results and the
official answers)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect
from django_ratelimit.decorators import ratelimit

from jembatan.core import public_cache
from jembatan.core.files import serve_stored
from jembatan.core.forms import error_text, form_add_validation_error, form_errors_flash
from jembatan.core.rules import agencies_for_editing
from jembatan.core.workflow import InvalidTransition
from jembatan.participation import actions, charts, selectors, verification
from jembatan.participation.access import (
    SESSION_KEY,
    contributor_of,
    get_attachment_for_public,
    get_attachment_of,
    get_comment_for_public,
    get_comment_of,
    get_consultation_for_public,
    get_consultation_for_staff,
    get_section_of,
    staff_required,
)
from jembatan.participation.forms import (
    AttachmentForm,
    CodeForm,
    CommentAnswerForm,
    CommentForm,
    ConsultationForm,
    ContactForm,
    FlagForm,
    ImportForm,
    OptionalReasonForm,
    PublishAnswerForm,
    QuestionForm,
    QuestionsForm,
    ReasonForm,
    SectionForm,
    ThemeForm,
)
from jembatan.participation.models import Comment, Consultation, Participant

Status = Consultation.Status
MANAGE = "participation.change_consultation"


def _conflict(request: HttpRequest, message: str, back: str) -> HttpResponse:
    messages.error(request, message)
    return render(request, "participation/conflict.html", {"message": message, "back": back},
                  status=409)


# --- Staff: drafting ----------------------------------------------------------------------------


@staff_required
def staff_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    if status not in Status.values:
        status = ""
    led_by_mine = request.GET.get("lead") == "mine"
    consultations = selectors.consultations_for_staff(user=request.user, status=status,
                                                      led_by_mine=led_by_mine)
    return render(request, "participation/staff_list.html", {
        "consultations": consultations, "status": status, "statuses": Status.choices,
        "led_by_mine": led_by_mine, "has_agency": request.user.memberships.exists(),
        "can_add": agencies_for_editing(request.user).exists(),
    })


@staff_required
def staff_create(request: HttpRequest) -> HttpResponse:
    if not agencies_for_editing(request.user).exists():
        raise PermissionDenied
    form = ConsultationForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            consultation = actions.consultation_create(
                actor=request.user, lead_agency=form.cleaned_data["agency"],
                co_agencies=form.cleaned_data["co_agencies"], **form.values())
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The consultation was drafted. Add its sections."))
            return redirect("participation:staff_detail", pk=consultation.pk)
    return render(request, "participation/staff_form.html", {"form": form},
                  status=400 if form.errors else 200)


@staff_required
def staff_edit(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    form = ConsultationForm(request.POST or None, user=request.user, consultation=consultation)
    if request.method == "POST" and form.is_valid():
        try:
            actions.consultation_update(consultation=consultation, actor=request.user,
                                        co_agencies=form.cleaned_data["co_agencies"],
                                        **form.values())
        except InvalidTransition as conflict:
            return _conflict(request, conflict.message, _staff_url(consultation))
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The consultation was saved."))
            return redirect("participation:staff_detail", pk=consultation.pk)
    return render(request, "participation/staff_form.html",
                  {"form": form, "consultation": consultation},
                  status=400 if form.errors else 200)


def _staff_url(consultation: Consultation) -> str:
    return reverse("participation:staff_detail", kwargs={"pk": consultation.pk})


@staff_required
def staff_detail(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk, perm="")
    user = request.user
    can_change = user.has_perm(MANAGE, consultation)
    return render(request, "participation/staff_detail.html", {
        "consultation": consultation,
        "sections": list(consultation.sections.all()),
        "questions": list(consultation.questions.prefetch_related("options")),
        "figures": selectors.participation_figures(consultation),
        "can_change": can_change,
        "editable": can_change and consultation.status in actions.EDITABLE_IN,
        "section_form": SectionForm(), "question_form": QuestionForm(),
        "import_form": ImportForm(), "reason_form": ReasonForm(),
        "attachments": list(consultation.attachments.all()),
        "attachment_form": AttachmentForm(),
        "review_required": selectors.review_required(user),
        "can_review": user.has_perm("participation.review_consultation", consultation),
    })


def _run(request: HttpRequest, consultation: Consultation, step, done: str,
         back: str | None = None) -> HttpResponse:
    """Call one action from a staff button; its refusal comes back as a message or a 409."""
    back = back or _staff_url(consultation)
    try:
        step()
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message, back)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, done)
    return redirect(back)


@require_POST
@staff_required
def staff_section_add(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    form = SectionForm(request.POST)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(_staff_url(consultation))
    return _run(request, consultation, lambda: actions.section_add(
        consultation=consultation, actor=request.user, **form.cleaned_data),
        _("The section was added."))


@staff_required
def staff_section_edit(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    section = get_section_of(consultation, section_pk)
    form = SectionForm(request.POST or None,
                       initial={"title": section.title, "body": section.body})
    if request.method == "POST" and form.is_valid():
        try:
            actions.section_update(section=section, actor=request.user, **form.cleaned_data)
        except InvalidTransition as conflict:
            return _conflict(request, conflict.message, _staff_url(consultation))
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The section was saved."))
            return redirect(_staff_url(consultation))
    return render(request, "participation/staff_section_form.html",
                  {"form": form, "consultation": consultation, "section": section},
                  status=400 if form.errors else 200)


@require_POST
@staff_required
def staff_section_move(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    get_section_of(consultation, section_pk)
    order = list(consultation.sections.values_list("pk", flat=True))
    index = order.index(section_pk)
    target = index - 1 if request.POST.get("direction") == "up" else index + 1
    if 0 <= target < len(order):
        order[index], order[target] = order[target], order[index]
    return _run(request, consultation, lambda: actions.sections_reorder(
        consultation=consultation, actor=request.user, order=order),
        _("The sections were reordered."))


@require_POST
@staff_required
def staff_question_add(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    form = QuestionForm(request.POST)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(_staff_url(consultation))
    return _run(request, consultation, lambda: actions.question_add(
        consultation=consultation, actor=request.user, text=form.cleaned_data["text"],
        kind=form.cleaned_data["kind"], options=form.option_list()),
        _("The question was added."))


@staff_required
def staff_import(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["document"]
        try:
            sections = actions.sections_import(consultation=consultation, actor=request.user,
                                               filename=upload.name, data=upload.read())
        except InvalidTransition as conflict:
            return _conflict(request, conflict.message, _staff_url(consultation))
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("%(count)d sections were imported.")
                             % {"count": len(sections)})
            return redirect(_staff_url(consultation))
    return render(request, "participation/staff_import.html",
                  {"form": form, "consultation": consultation},
                  status=400 if form.errors else 200)


@require_POST
@staff_required
def staff_attachment_add(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(_staff_url(consultation))
    return _run(request, consultation, lambda: actions.attachment_add(
        consultation=consultation, actor=request.user, title=form.cleaned_data["title"],
        upload=form.cleaned_data["file"]), _("The file was attached."))


@require_POST
@staff_required
def staff_attachment_remove(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    attachment = get_attachment_of(consultation, attachment_pk)
    return _run(request, consultation, lambda: actions.attachment_remove(
        attachment=attachment, actor=request.user), _("The file was removed."))


@require_GET
def public_attachment(request: HttpRequest, pk: int) -> HttpResponse:
    """A consultation's file: for everyone once published (not withdrawn), else for staff who
    may change the consultation."""
    return serve_stored(get_attachment_for_public(request, pk))


@staff_required
def staff_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The public page as it will look, before it is published."""
    consultation = get_consultation_for_staff(request, pk, perm="")
    content = render_to_string("participation/_detail_content.html", {
        **_public_context(consultation, contributor_of(request)), "preview": True}, request)
    return render(request, "participation/detail.html",
                  {"page_title": consultation.title, "content": content, "preview": True})


@require_POST
@staff_required
def staff_publish(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    return _run(request, consultation, lambda: actions.consultation_schedule(
        consultation=consultation, actor=request.user),
        _("The consultation is published. It opens for input at its opening time."))


@require_POST
@staff_required
def staff_review_submit(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    return _run(request, consultation, lambda: actions.consultation_review_submit(
        consultation=consultation, actor=request.user),
        _("The consultation was submitted. A coordinator reviews it before it is published."))


@require_POST
@staff_required
def staff_review_decide(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk,
                                              perm="participation.review_consultation")
    if request.POST.get("decision") == "approve":
        return _run(request, consultation, lambda: actions.consultation_review_approve(
            consultation=consultation, actor=request.user),
            _("The consultation is approved and published."))
    form = ReasonForm(request.POST)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(_staff_url(consultation))
    return _run(request, consultation, lambda: actions.consultation_review_return(
        consultation=consultation, actor=request.user, reason=form.cleaned_data["reason"]),
        _("The consultation was returned to its agency with your reason."))


@require_POST
@staff_required
def staff_close(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    return _run(request, consultation, lambda: actions.consultation_close(
        consultation=consultation, actor=request.user),
        _("The consultation is closed. Group the comments by theme and answer them."))


@require_POST
@staff_required
def staff_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(_staff_url(consultation))
    return _run(request, consultation, lambda: actions.consultation_withdraw(
        consultation=consultation, actor=request.user, reason=form.cleaned_data["reason"]),
        _("The consultation was withdrawn."))


# --- Staff: moderation and answers -----------------------------------------------------------


@staff_required
def staff_moderation(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk,
                                              perm="participation.moderate_consultation")
    return render(request, "participation/staff_moderation.html", {
        "consultation": consultation,
        "comments": selectors.moderation_queue(consultation),
        "reason_form": ReasonForm(), "restore_form": OptionalReasonForm(),
    })


@require_POST
@staff_required
def staff_moderate(request: HttpRequest, pk: int, comment_pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk,
                                              perm="participation.moderate_consultation")
    comment = get_comment_of(consultation, comment_pk)
    back = reverse("participation:staff_moderation", kwargs={"pk": consultation.pk})
    if request.POST.get("decision") == "hide":
        form = ReasonForm(request.POST)
        if not form.is_valid():
            form_errors_flash(request, form)
            return redirect(back)
        return _run(request, consultation, lambda: actions.comment_hide(
            comment=comment, actor=request.user, reason=form.cleaned_data["reason"]),
            _("The comment is hidden; its author is told why."), back)
    form = OptionalReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    return _run(request, consultation, lambda: actions.comment_restore(
        comment=comment, actor=request.user, reason=reason),
        _("The comment is shown again."), back)


@staff_required
def staff_answers(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk,
                                              perm="participation.answer_consultation")
    comments = list(selectors.comments_for_answering(consultation))
    back = reverse("participation:staff_answers", kwargs={"pk": consultation.pk})
    theme_form = ThemeForm(request.POST or None, comments=comments)
    if request.method == "POST":
        if not theme_form.is_valid():
            form_errors_flash(request, theme_form)
            return redirect(back)
        theme = None
        if request.POST.get("theme", "").isdigit():
            theme = consultation.themes.filter(pk=int(request.POST["theme"])).first()
        data = theme_form.cleaned_data
        return _run(request, consultation, lambda: actions.theme_save(
            consultation=consultation, actor=request.user, theme=theme, title=data["title"],
            answer_status=data["answer_status"], answer=data["answer"],
            comments=data["comments"]), _("The theme and its answer were saved."), back)
    themes = list(consultation.themes.all())
    return render(request, "participation/staff_answers.html", {
        "consultation": consultation, "comments": comments, "themes": themes,
        "theme_form": theme_form,
        "theme_forms": [(theme, ThemeForm(comments=[], initial={
            "title": theme.title, "answer_status": theme.answer_status,
            "answer": theme.answer})) for theme in themes],
        "answer_form": CommentAnswerForm(), "publish_form": PublishAnswerForm(
            initial={"summary": consultation.answer_summary}),
        "answerable": consultation.status in actions.ANSWERABLE_IN,
    })


@require_POST
@staff_required
def staff_comment_answer(request: HttpRequest, pk: int, comment_pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk,
                                              perm="participation.answer_consultation")
    comment = get_comment_of(consultation, comment_pk)
    form = CommentAnswerForm(request.POST)
    back = reverse("participation:staff_answers", kwargs={"pk": consultation.pk})
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(back)
    return _run(request, consultation, lambda: actions.comment_answer(
        comment=comment, actor=request.user, **form.cleaned_data),
        _("The answer to the comment was saved."), back)


@require_POST
@staff_required
def staff_answer_publish(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_staff(request, pk,
                                              perm="participation.answer_consultation")
    form = PublishAnswerForm(request.POST)
    back = reverse("participation:staff_answers", kwargs={"pk": consultation.pk})
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(back)
    response = _run(request, consultation, lambda: actions.answer_publish(
        consultation=consultation, actor=request.user, summary=form.cleaned_data["summary"]),
        _("The answer is published and every participant is told."), back)
    if consultation.status == Status.ANSWERED:
        return redirect("participation:answers", pk=consultation.pk)
    return response


# --- Public -------------------------------------------------------------------------------------


# The public pages of a consultation are the same for every anonymous visitor who has not
# confirmed an email address in this session: kept in the shared cache (core.public_cache) by the
# version of the participation data (every model of this app) and of the agencies.
PUBLIC_SCOPES = (public_cache.PARTICIPATION, public_cache.SITE)


def public_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    if status not in selectors.PUBLIC_STATUSES:
        status = ""
    return public_cache.page(
        request, "participation/list.html", content_template="participation/_list_content.html",
        name="consultations", scopes=PUBLIC_SCOPES, parts=(status,),
        context=lambda: {
            "consultations": selectors.consultations_public(status=status), "status": status,
            "statuses": [(value, label) for value, label in Status.choices
                         if value in selectors.PUBLIC_STATUSES]})


def _public_context(consultation: Consultation, contributor) -> dict:
    supported: set[int] = set()
    if contributor is not None:
        from jembatan.participation.models import Support

        supported = set(Support.objects.filter(comment__consultation=consultation,
                                               **contributor.owner_fields())
                        .values_list("comment_id", flat=True))
    return {
        "consultation": consultation,
        "section_views": selectors.consultation_page(consultation),
        "contributor": contributor, "supported": supported,
        "needs_account": consultation.audience == Consultation.Audience.ACCOUNTS,
        "has_questions": consultation.questions.exists(),
        "attachments": list(consultation.attachments.all()),
        # Reversed once, not once per comment's reply form.
        "comment_url": reverse("participation:comment", args=[consultation.pk]),
    }


def _kept_page(request: HttpRequest, pk: int, *, name: str, template: str,
               content_template: str, context, shared: bool = True) -> HttpResponse:
    """A consultation's public page; `context(consultation)` gives its content's context. The
    access check runs when the content is built: a kept copy exists only of a consultation the
    public may see, and any change of the participation data (a withdrawal among them) makes a
    new key, so the next request checks again."""
    def build() -> dict:
        consultation = get_consultation_for_public(request, pk)
        return {**context(consultation), "page_title": consultation.title}

    return public_cache.page(request, template, content_template=content_template, name=name,
                             scopes=PUBLIC_SCOPES, parts=(pk,), context=build,
                             keep=("page_title",), shared=shared)


def public_detail(request: HttpRequest, pk: int) -> HttpResponse:
    # A confirmed participant sees which comments they support and takes part under their
    # name: their page is their own.
    contributor = contributor_of(request)
    return _kept_page(request, pk, name="consultation", template="participation/detail.html",
                      content_template="participation/_detail_content.html",
                      context=lambda consultation: _public_context(consultation, contributor),
                      shared=contributor is None)


def _confirm_url(request: HttpRequest, back: str) -> str:
    return reverse("participation:confirm") + "?" + urlencode({"next": back})


def _contributor_or_redirect(request: HttpRequest, consultation: Consultation, back: str):
    contributor = contributor_of(request)
    if contributor is not None:
        return contributor, None
    if consultation.audience == Consultation.Audience.ACCOUNTS:
        from django.contrib.auth.views import redirect_to_login

        return None, redirect_to_login(back)
    messages.info(request, verification.confirm_first())
    return None, redirect(_confirm_url(request, back))


def _take_part(request: HttpRequest, consultation: Consultation, step, done: str,
               back: str) -> HttpResponse:
    try:
        step()
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message, back)
    except actions.AlreadyDone as already:
        messages.info(request, str(already))
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, done)
    return redirect(back)


@require_POST
@ratelimit(key="ip", rate="30/10m", method="POST", block=False)
def public_comment(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_public(request, pk)
    back = consultation.get_absolute_url()
    contributor, detour = _contributor_or_redirect(request, consultation, back)
    if detour:
        return detour
    if getattr(request, "limited", False):
        messages.error(request, _("Too many comments from your connection. Please wait a few "
                                  "minutes."))
        return redirect(back)
    form = CommentForm(request.POST)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(back)
    data = form.cleaned_data
    section = consultation.sections.filter(pk=data["section"]).first() if data["section"] \
        else None
    parent = consultation.comments.filter(pk=data["parent"]).first() if data["parent"] else None
    if section is not None:
        back += f"#bagian-{section.pk}"
    try:
        comment = actions.comment_create(consultation=consultation, contributor=contributor,
                                         body=data["body"], section=section, parent=parent)
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message, back)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect(back)
    if comment.status == Comment.Status.PENDING:
        messages.info(request, _("Thank you. Your comment will appear after a moderator has "
                                 "read it."))
    else:
        messages.success(request, _("Thank you, your comment is shown."))
        back = consultation.get_absolute_url() + f"#komentar-{comment.pk}"
    return redirect(back)


@require_POST
def public_support(request: HttpRequest, pk: int) -> HttpResponse:
    """+1 on a comment; with htmx only the button is replaced, by the new count."""
    comment = get_comment_for_public(request, pk)
    consultation = comment.consultation
    back = consultation.get_absolute_url() + f"#komentar-{comment.pk}"
    contributor, detour = _contributor_or_redirect(request, consultation, back)
    if detour:
        return HttpResponseClientRedirect(detour["Location"]) if request.htmx else detour
    if not request.htmx:
        return _take_part(request, consultation, lambda: actions.comment_support(
            comment=comment, contributor=contributor), _("You support this comment."), back)
    try:
        comment = actions.comment_support(comment=comment, contributor=contributor)
    except InvalidTransition as conflict:
        return HttpResponse(conflict.message, status=409)
    except actions.AlreadyDone:
        comment.refresh_from_db(fields=["support_count"])
    return render(request, "participation/_supported.html", {"comment": comment})


@ratelimit(key="ip", rate="30/10m", method="POST", block=False)
def public_flag(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_comment_for_public(request, pk)
    consultation = comment.consultation
    back = consultation.get_absolute_url() + f"#komentar-{comment.pk}"
    form = FlagForm(request.POST or None)
    if request.method == "POST":
        contributor, detour = _contributor_or_redirect(request, consultation, request.path)
        if detour:
            return detour
        if getattr(request, "limited", False):
            messages.error(request, _("Too many flags from your connection. Please wait a few "
                                      "minutes."))
            return redirect(back)
        if form.is_valid():
            return _take_part(request, consultation, lambda: actions.comment_flag(
                comment=comment, contributor=contributor, **form.cleaned_data),
                _("Thank you. Moderators will look at this comment."), back)
    return render(request, "participation/flag.html",
                  {"form": form, "comment": comment, "consultation": consultation,
                   "back": consultation.get_absolute_url()},
                  status=400 if form.errors else 200)


def public_questions(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_public(request, pk)
    questions = list(consultation.questions.prefetch_related("options"))
    form = QuestionsForm(request.POST or None, questions=questions)
    back = reverse("participation:questions", kwargs={"pk": consultation.pk})
    if request.method == "POST":
        contributor, detour = _contributor_or_redirect(request, consultation, back)
        if detour:
            return detour
        if form.is_valid():
            try:
                actions.response_create(consultation=consultation, contributor=contributor,
                                        answers=form.answers())
            except InvalidTransition as conflict:
                return _conflict(request, conflict.message, consultation.get_absolute_url())
            except actions.AlreadyDone as already:
                messages.info(request, str(already))
                return redirect("participation:results", pk=consultation.pk)
            except ValidationError as error:
                form_add_validation_error(form, error)
            else:
                messages.success(request, _("Thank you, your answers are recorded."))
                return redirect("participation:results", pk=consultation.pk)
    return render(request, "participation/questions.html",
                  {"form": form, "consultation": consultation,
                   "contributor": contributor_of(request)},
                  status=400 if form.errors else 200)


def public_results(request: HttpRequest, pk: int) -> HttpResponse:
    # The charts are drawn once per change of the answers, not per visitor.
    return _kept_page(request, pk, name="consultation-results",
                      template="participation/results.html",
                      content_template="participation/_results_content.html",
                      context=lambda consultation: {
                          "consultation": consultation,
                          "results": [(result, charts.bar_chart(result))
                                      for result in selectors.results(consultation)],
                          "comment_total": selectors.visible_comments(consultation)
                          .filter(status=Comment.Status.PUBLISHED).count(),
                          "response_total": consultation.responses.count()})


def public_answers(request: HttpRequest, pk: int) -> HttpResponse:
    def context(consultation: Consultation) -> dict:
        themes, answered = [], []
        if consultation.status == Status.ANSWERED:
            themes = list(consultation.themes.exclude(answer_status="")
                          .prefetch_related("comments"))
            answered = list(consultation.comments.filter(status=Comment.Status.PUBLISHED)
                            .exclude(answer_status="").select_related("section"))
        return {"consultation": consultation, "themes": themes, "answered_comments": answered}

    return _kept_page(request, pk, name="consultation-answers",
                      template="participation/answers.html",
                      content_template="participation/_answers_content.html", context=context)


# The contact waiting for its code: {"kind": "email" | "phone", "contact": address or E.164}.
PENDING_CONTACT = "participation_contact"


@ratelimit(key="ip", rate="10/10m", method="POST", block=False)
def public_confirm(request: HttpRequest) -> HttpResponse:
    """Confirm an email address, or a mobile number when WhatsApp codes are configured, by a
    one-time code; the participant is then remembered in this browser session."""
    back = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        back = reverse("participation:list")
    pending = request.session.get(PENDING_CONTACT)
    if not isinstance(pending, dict) or not pending.get("contact"):
        pending = None
    step = "code" if pending else "contact"
    if request.POST.get("restart"):
        request.session.pop(PENDING_CONTACT, None)
        return redirect(_confirm_url(request, back))
    phone_offered = step == "contact" and verification.phone_available()
    contact_form = ContactForm(request.POST if step == "contact" and request.method == "POST"
                               else None, offer_phone=phone_offered)
    kind = pending["kind"] if pending else Participant.ContactKind.EMAIL
    code_form = CodeForm(request.POST if step == "code" and request.method == "POST" else None,
                         kind=kind)
    if request.method == "POST":
        if getattr(request, "limited", False):
            messages.error(request, _("Too many attempts from your connection. Please wait a "
                                      "few minutes."))
            return redirect(_confirm_url(request, back))
        if step == "contact" and contact_form.is_valid():
            kind, contact = contact_form.contact()
            try:
                sent = verification.code_send(
                    contact=contact, kind=kind,
                    display_name=contact_form.cleaned_data["display_name"])
            except verification.SendFailed as failure:
                # What was typed stays in the form; the person may try again at once.
                contact_form.add_error(None, failure.message)
            else:
                if not sent:
                    messages.error(request, _(
                        "A code was just sent to this number. Please wait a minute before "
                        "asking for another one.") if kind == Participant.ContactKind.PHONE
                        else _("A code was just sent to this address. Please wait a minute "
                               "before asking for another one."))
                    return redirect(_confirm_url(request, back))
                request.session[PENDING_CONTACT] = {"kind": kind, "contact": contact}
                messages.info(request, _("We sent a six-digit code to your number by "
                                         "WhatsApp.") if kind == Participant.ContactKind.PHONE
                              else _("We sent a six-digit code to your email address."))
                return redirect(_confirm_url(request, back))
        if step == "code" and code_form.is_valid():
            name = verification.code_check(contact=pending["contact"],
                                           code=code_form.cleaned_data["code"])
            if name is None:
                code_form.add_error("code", _("The code is not right or has expired."))
            else:
                participant = actions.participant_verify(contact=pending["contact"],
                                                         display_name=name, kind=kind)
                request.session.pop(PENDING_CONTACT, None)
                request.session.cycle_key()
                request.session[SESSION_KEY] = participant.pk
                messages.success(request, _(
                    "Your phone number is confirmed. You can take part now.")
                    if kind == Participant.ContactKind.PHONE else _(
                    "Your email address is confirmed. You can take part now."))
                return redirect(back)
    has_errors = contact_form.errors or code_form.errors
    return render(request, "participation/confirm.html", {
        "step": step, "contact_form": contact_form, "code_form": code_form, "next": back,
        "kind": kind, "phone_offered": phone_offered,
    }, status=400 if has_errors else 200)
