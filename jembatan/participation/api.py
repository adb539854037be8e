"""Public consultations over the API: read the consultations, their comments and results, and
take part with a citizen's bearer token (comment, flag, answer the questions).

Every write goes through jembatan.participation.actions; this module translates HTTP into those
calls and their results back into JSON. The author of a comment is its display name, never an
email address or phone number, and comment text is masked as on every public surface.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Field, Query, Router, Schema, Status

from jembatan.api import schemas
from jembatan.api.auth import caller_of, token_optional, token_required
from jembatan.api.errors import ApiError, error_responses
from jembatan.core import public_cache
from jembatan.core.rules import agency_ids_of
from jembatan.participation import actions, selectors
from jembatan.participation.contributors import Contributor
from jembatan.participation.models import Comment, Consultation, Flag

router = Router(tags=["consultations"])

ERRORS = error_responses(400, 401, 403, 404, 409)
StatusName = Literal["draft", "scheduled", "open", "closed", "answered", "withdrawn"]


class ConsultationOut(Schema):
    id: int
    title: str
    agency: str
    status: StatusName
    kind: str
    opens_at: dt.datetime
    closes_at: dt.datetime
    comment_count: int


class SectionOut(Schema):
    id: int
    title: str
    body: str
    comment_count: int


class OptionOut(Schema):
    id: int
    text: str


class QuestionOut(Schema):
    id: int
    text: str
    kind: Literal["single", "multiple", "scale", "text"]
    options: list[OptionOut]


class ConsultationDetailOut(ConsultationOut):
    summary: str
    sections: list[SectionOut]
    questions: list[QuestionOut]


class OfficialAnswerOut(Schema):
    status: Literal["accepted", "partly", "not_accepted"]
    text: str


class CommentOut(Schema):
    id: int
    section: int | None
    body: str
    author: str
    supports: int
    created_at: dt.datetime
    official_answer: OfficialAnswerOut | None


class ConsultationQuery(schemas.QueryInput):
    status: StatusName | None = None


class CommentQuery(schemas.QueryInput):
    section: int | None = Field(None, ge=1, le=2**63 - 1)


class CommentIn(schemas.Input):
    section: int | None = Field(None, ge=1, le=2**63 - 1)
    body: str = Field(..., min_length=1, max_length=5000)


class CommentCreatedOut(Schema):
    id: int
    status: Literal["published", "pending"]


class FlagIn(schemas.Input):
    reason: str = Field(..., min_length=1, max_length=300, description=gettext_lazy(
        "One of spam, offensive, personal, off_topic, other, or the reason in your own words."))


class FlagCreatedOut(Schema):
    comment: int


class AnswerIn(schemas.Input):
    question: int = Field(..., ge=1, le=2**63 - 1)
    options: list[int] | None = Field(None, max_length=50)
    value: int | None = Field(None, ge=1, le=5)
    text: str | None = Field(None, max_length=500)


class ResponseIn(schemas.Input):
    answers: list[AnswerIn] = Field(..., min_length=1, max_length=100)


class ResponseCreatedOut(Schema):
    id: int


class CountOut(Schema):
    option: int | None = None
    value: int | None = None
    text: str
    count: int


class QuestionResultOut(Schema):
    question: int
    text: str
    kind: str
    respondents: int
    counts: list[CountOut]
    mean: float | None = None


class ResultsOut(Schema):
    consultation: int
    comment_count: int
    response_count: int
    questions: list[QuestionResultOut]


def _consultations_for(request: HttpRequest):
    """The public's consultations; staff also see the drafts and withdrawn ones of their
    agencies (all of them for a coordinator)."""
    user = caller_of(request).user
    queryset = Consultation.objects.all()
    if user is not None and user.is_coordinator:
        return queryset
    visible = Q(status__in=selectors.PUBLIC_STATUSES)
    if user is not None:
        visible |= Q(lead_agency__in=agency_ids_of(user))
    return queryset.filter(visible)


def _consultation(request: HttpRequest, pk: int) -> Consultation:
    consultation = (_consultations_for(request).select_related("lead_agency")
                    .annotate(comment_count=Count("comments", filter=Q(
                        comments__status=Comment.Status.PUBLISHED)))
                    .filter(pk=pk).first())
    if consultation is None:
        raise ApiError(404, "not_found", _("There is no consultation with this number."))
    return consultation


def _item(consultation: Consultation) -> dict:
    return {"id": consultation.pk, "title": consultation.title,
            "agency": consultation.lead_agency.short_name, "status": consultation.status,
            "kind": consultation.kind, "opens_at": consultation.opens_at,
            "closes_at": consultation.closes_at, "comment_count": consultation.comment_count}


def _contributor(request: HttpRequest) -> Contributor:
    return Contributor(user=caller_of(request).user)


@router.get("/consultations", auth=token_optional, response={200: list[ConsultationOut],
                                                            **ERRORS},
            summary=gettext_lazy("List public consultations"),
            description=gettext_lazy(
                "Newest first. Staff with a token also see their agencies' drafts."))
def consultation_list(request: HttpRequest, response: HttpResponse,
                      query: Query[ConsultationQuery]):
    def build() -> list[dict]:
        queryset = _consultations_for(request)
        if query.status:
            queryset = queryset.filter(status=query.status)
        queryset = (queryset.select_related("lead_agency")
                    .annotate(comment_count=Count("comments", filter=Q(
                        comments__status=Comment.Status.PUBLISHED)))
                    .order_by("-opens_at", "-id"))
        return [_item(c) for c in queryset]

    if caller_of(request).user is not None:
        return build()
    # Without a token every caller gets the same list: kept (core.public_cache).
    return public_cache.api_read(request, response, name="api-consultations",
                                 scopes=(public_cache.PARTICIPATION, public_cache.SITE),
                                 parts=(query.status or "",), build=build)


@router.get("/consultations/{consultation_id}", auth=token_optional,
            response={200: ConsultationDetailOut, **ERRORS},
            summary=gettext_lazy("One consultation"))
def consultation_get(request: HttpRequest, consultation_id: int):
    consultation = _consultation(request, consultation_id)
    per_section = dict(consultation.comments.filter(status=Comment.Status.PUBLISHED)
                       .values_list("section").annotate(n=Count("id")))
    return {
        **_item(consultation), "summary": consultation.summary,
        "sections": [{"id": s.pk, "title": s.title, "body": s.body,
                      "comment_count": per_section.get(s.pk, 0)}
                     for s in consultation.sections.all()],
        "questions": [{"id": q.pk, "text": q.text, "kind": q.kind,
                       "options": [{"id": o.pk, "text": o.text} for o in q.options.all()]}
                      for q in consultation.questions.prefetch_related("options")],
    }


def _official_answer(comment: Comment, answered: bool) -> dict | None:
    if not answered:
        return None
    if comment.answer_status:
        return {"status": comment.answer_status, "text": comment.answer}
    theme = comment.theme
    if theme is not None and theme.answer_status:
        return {"status": theme.answer_status, "text": theme.answer}
    return None


@router.get("/consultations/{consultation_id}/comments", auth=token_optional,
            response={200: list[CommentOut], **ERRORS},
            summary=gettext_lazy("Comments on a consultation"),
            description=gettext_lazy("Visible comments, newest first; optionally of one section."))
def consultation_comment_list(request: HttpRequest, consultation_id: int,
                              query: Query[CommentQuery]):
    consultation = _consultation(request, consultation_id)
    answered = consultation.status == Consultation.Status.ANSWERED
    comments = selectors.comments_for_api(consultation, section=query.section) \
        .select_related("theme")
    return [{"id": c.pk, "section": c.section_id, "body": selectors.comment_public_body(c),
             "author": c.display_name, "supports": c.support_count, "created_at": c.created_at,
             "official_answer": _official_answer(c, answered)} for c in comments]


@router.post("/consultations/{consultation_id}/comments", auth=token_required,
             response={201: CommentCreatedOut, **ERRORS},
             summary=gettext_lazy("Comment on a consultation"))
def consultation_comment_create(request: HttpRequest, consultation_id: int, payload: CommentIn):
    consultation = _consultation(request, consultation_id)
    section = None
    if payload.section is not None:
        section = consultation.sections.filter(pk=payload.section).first()
        if section is None:
            raise ApiError(400, "unknown_section",
                           _("This consultation has no section with this number."))
    comment = actions.comment_create(consultation=consultation,
                                     contributor=_contributor(request), body=payload.body,
                                     section=section)
    return Status(201, {"id": comment.pk, "status": comment.status})


@router.post("/comments/{comment_id}/flags", auth=token_required,
             response={201: FlagCreatedOut, **ERRORS}, summary=gettext_lazy("Flag a comment"))
def comment_flag_create(request: HttpRequest, comment_id: int, payload: FlagIn):
    comment = (Comment.objects.select_related("consultation__lead_agency")
               .filter(pk=comment_id, status=Comment.Status.PUBLISHED,
                       consultation__in=_consultations_for(request)).first())
    if comment is None:
        raise ApiError(404, "not_found", _("There is no comment with this number."))
    reason, note = payload.reason.strip(), ""
    if reason not in Flag.Reason.values:
        reason, note = Flag.Reason.OTHER, payload.reason.strip()
    try:
        actions.comment_flag(comment=comment, contributor=_contributor(request), reason=reason,
                             note=note)
    except actions.AlreadyDone as already:
        raise ApiError(409, "already_flagged", str(already)) from already
    return Status(201, {"comment": comment.pk})


@router.post("/consultations/{consultation_id}/responses", auth=token_required,
             response={201: ResponseCreatedOut, **ERRORS},
             summary=gettext_lazy("Answer the questions of a consultation"),
             description=gettext_lazy("Once per person."))
def consultation_response_create(request: HttpRequest, consultation_id: int, payload: ResponseIn):
    consultation = _consultation(request, consultation_id)
    answers = [answer.model_dump(exclude_none=True) for answer in payload.answers]
    try:
        response = actions.response_create(consultation=consultation,
                                           contributor=_contributor(request), answers=answers)
    except actions.AlreadyDone as already:
        raise ApiError(409, "already_answered", str(already)) from already
    return Status(201, {"id": response.pk})


@router.get("/consultations/{consultation_id}/results", auth=token_optional,
            response={200: ResultsOut, **ERRORS}, summary=gettext_lazy("Results of a consultation"),
            description=gettext_lazy(
                "Per question the count per option, or for a 1–5 scale the distribution and the "
                "mean."))
def consultation_results(request: HttpRequest, consultation_id: int):
    consultation = _consultation(request, consultation_id)
    questions = []
    for result in selectors.results(consultation):
        question = result.question
        if question.has_options:
            options = list(question.options.all())
            counts = [{"option": o.pk, "text": c.label, "count": c.count}
                      for o, c in zip(options, result.counts, strict=True)]
        else:
            counts = [{"value": int(c.label), "text": c.label, "count": c.count}
                      for c in result.counts]
        questions.append({"question": question.pk, "text": question.text, "kind": question.kind,
                          "respondents": result.respondents, "counts": counts,
                          "mean": round(result.mean, 2) if result.mean is not None else None})
    return {"consultation": consultation.pk, "comment_count": consultation.comment_count,
            "response_count": consultation.responses.count(), "questions": questions}
