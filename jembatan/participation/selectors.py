"""Reads of public consultations: lists scoped to who is looking, a consultation with its
sections and comments in a fixed number of queries, results and participation figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet

from jembatan.core.models import User
from jembatan.core.rules import agency_ids_of
from jembatan.participation.models import (
    Comment,
    Consultation,
    Flag,
    Question,
    ResponseAnswer,
    Section,
)
from jembatan.reports.selectors import public_text

Status = Consultation.Status
# What the public sees in lists; a withdrawn consultation that had been published keeps its
# page (with the reason) but leaves the lists.
PUBLIC_STATUSES = (Status.SCHEDULED, Status.OPEN, Status.CLOSED, Status.ANSWERED)
SHOWN_COMMENT_STATUSES = (Comment.Status.PUBLISHED, Comment.Status.HIDDEN)


def _with_counts(queryset: QuerySet[Consultation]) -> QuerySet[Consultation]:
    return (queryset.select_related("lead_agency")
            .annotate(comment_count=Count("comments", distinct=True,
                                          filter=Q(comments__status=Comment.Status.PUBLISHED))))


def consultations_public(*, status: str = "") -> QuerySet[Consultation]:
    queryset = Consultation.objects.filter(status__in=PUBLIC_STATUSES)
    if status:
        queryset = queryset.filter(status=status)
    return _with_counts(queryset).order_by("-opens_at", "-id")


def consultations_open_now(*, limit: int) -> list[Consultation]:
    """Open consultations, the one closing soonest first (the home page)."""
    return list(_with_counts(Consultation.objects.filter(status=Status.OPEN))
                .order_by("closes_at", "id")[:limit])


def consultations_for_staff(*, user, status: str = "",
                            led_by_mine: bool = False) -> QuerySet[Consultation]:
    """A coordinator sees every consultation; agency staff see their agencies' (lead or
    co-agency) and every published one. `led_by_mine`: only those the person's agencies lead
    (the start page's "closed, still to answer" for agency staff)."""
    queryset = Consultation.objects.all()
    if led_by_mine:
        # Visible to them anyway; one query (the memberships as a subquery).
        queryset = queryset.filter(lead_agency__in=user.memberships.values("agency_id"))
    elif not user.is_coordinator:
        agencies = agency_ids_of(user)
        queryset = queryset.filter(Q(lead_agency__in=agencies) | Q(co_agencies__in=agencies)
                                   | Q(status__in=PUBLIC_STATUSES)).distinct()
    if status:
        queryset = queryset.filter(status=status)
    return _with_counts(queryset).prefetch_related("co_agencies").order_by("-created_at", "-id")


def consultation_visible_to(consultation: Consultation, user) -> bool:
    if consultation.status in PUBLIC_STATUSES:
        return True
    if consultation.status == Status.WITHDRAWN and consultation.published_at is not None:
        return True
    return bool(user.is_authenticated and user.has_perm(
        "participation.change_consultation", consultation))


def visible_comments(consultation: Consultation) -> QuerySet[Comment]:
    """Comments the public sees: published ones, and hidden ones as a notice with the reason."""
    return consultation.comments.filter(status__in=SHOWN_COMMENT_STATUSES)


@dataclass
class SectionView:
    section: Section | None
    comments: list[Comment] = field(default_factory=list)

    @property
    def comment_count(self) -> int:
        return sum(1 + len(c.shown_replies) for c in self.comments)


def consultation_page(consultation: Consultation) -> list[SectionView]:
    """The sections in order, each with its top-level comments (newest first) and their
    replies; comments on the whole consultation come first under `section=None`."""
    replies = Prefetch("replies", to_attr="shown_replies",
                       queryset=Comment.objects.filter(status__in=SHOWN_COMMENT_STATUSES)
                       .order_by("created_at", "id"))
    comments = list(visible_comments(consultation).filter(parent__isnull=True)
                    .prefetch_related(replies).order_by("-created_at", "-id"))
    views = {None: SectionView(section=None)}
    for section in consultation.sections.all():
        views[section.pk] = SectionView(section=section)
    for comment in comments:
        views.get(comment.section_id, views[None]).comments.append(comment)
    return list(views.values())


def comment_public_body(comment: Comment) -> str:
    return public_text(comment.body)


def comments_for_api(consultation: Consultation, *, section: int | None = None
                     ) -> QuerySet[Comment]:
    queryset = consultation.comments.filter(status=Comment.Status.PUBLISHED)
    if section is not None:
        queryset = queryset.filter(section_id=section)
    return queryset.order_by("-created_at", "-id")


@dataclass
class OptionCount:
    label: str
    count: int
    share: float  # 0..1 of the respondents to the question


@dataclass
class QuestionResult:
    question: Question
    respondents: int
    counts: list[OptionCount]
    mean: float | None = None
    texts: int = 0


def results(consultation: Consultation) -> list[QuestionResult]:
    """Per question the count per option (share of the people who answered it), or for a scale
    the distribution 1–5 and the mean. Three queries whatever the number of questions."""
    questions = list(consultation.questions.prefetch_related("options"))
    per_option = {(row["question"], row["option"]): row["n"] for row in
                      ResponseAnswer.objects.filter(question__consultation=consultation,
                                                    option__isnull=False)
                      .values("question", "option").annotate(n=Count("id"))}
    rows = (ResponseAnswer.objects.filter(question__consultation=consultation)
            .values("question", "value").annotate(n=Count("id"),
                                                  people=Count("response", distinct=True)))
    per_value: dict[tuple[int, int | None], int] = {}
    people: dict[int, int] = {}
    for row in rows:
        per_value[(row["question"], row["value"])] = row["n"]
    for row in (ResponseAnswer.objects.filter(question__consultation=consultation)
                .values("question").annotate(people=Count("response", distinct=True))):
        people[row["question"]] = row["people"]
    output = []
    for question in questions:
        respondents = people.get(question.pk, 0)

        def share(n: int, total: int = respondents) -> float:
            return n / total if total else 0.0

        if question.has_options:
            counts = [OptionCount(o.text, per_option.get((question.pk, o.pk), 0),
                                  share(per_option.get((question.pk, o.pk), 0)))
                      for o in question.options.all()]
            output.append(QuestionResult(question, respondents, counts))
        elif question.kind == Question.Kind.SCALE:
            counts = [OptionCount(str(v), per_value.get((question.pk, v), 0),
                                  share(per_value.get((question.pk, v), 0))) for v in range(1, 6)]
            total = sum(int(c.label) * c.count for c in counts)
            mean = total / respondents if respondents else None
            output.append(QuestionResult(question, respondents, counts, mean=mean))
        else:
            output.append(QuestionResult(question, respondents, [], texts=respondents))
    return output


@dataclass
class Figures:
    participants: int
    comments: int
    pending: int
    hidden: int
    flags: int
    responses: int
    supports: int
    per_section: list[tuple[str, int]]
    days_to_answer: int | None


def participation_figures(consultation: Consultation) -> Figures:
    comments = consultation.comments.all()
    by_status = dict(comments.values_list("status").annotate(n=Count("id")))
    people = set(comments.filter(author__isnull=False).values_list("author_id", flat=True))
    guests = set(comments.filter(participant__isnull=False)
                 .values_list("participant_id", flat=True))
    people |= set(consultation.responses.filter(user__isnull=False)
                  .values_list("user_id", flat=True))
    guests |= set(consultation.responses.filter(participant__isnull=False)
                  .values_list("participant_id", flat=True))
    per_section = dict(comments.values_list("section").annotate(n=Count("id")))
    sections = [(s.title, per_section.get(s.pk, 0)) for s in consultation.sections.all()]
    days = None
    if consultation.answered_at:
        days = (consultation.answered_at - consultation.closes_at) // dt.timedelta(days=1)
    return Figures(
        participants=len(people) + len(guests),
        comments=sum(by_status.values()),
        pending=by_status.get(Comment.Status.PENDING, 0),
        hidden=by_status.get(Comment.Status.HIDDEN, 0),
        flags=Flag.objects.filter(comment__consultation=consultation).count(),
        responses=consultation.responses.count(),
        supports=sum(comments.values_list("support_count", flat=True)),
        per_section=[*sections, *([("", per_section[None])] if per_section.get(None) else [])],
        days_to_answer=max(days, 0) if days is not None else None,
    )


def moderation_queue(consultation: Consultation) -> QuerySet[Comment]:
    """Held and hidden comments first, then the flagged ones still shown."""
    return (consultation.comments.filter(Q(status__in=(Comment.Status.PENDING,
                                                      Comment.Status.HIDDEN))
                                         | Q(flag_count__gt=0))
            .select_related("section")
            .prefetch_related(Prefetch("flags", queryset=Flag.objects.order_by("created_at")))
            .order_by("status", "-flag_count", "-created_at"))


def comments_for_answering(consultation: Consultation) -> QuerySet[Comment]:
    return (consultation.comments.filter(status=Comment.Status.PUBLISHED, parent__isnull=True)
            .select_related("section", "theme").order_by("-support_count", "-created_at"))



def participant_users(consultation: Consultation) -> list[User]:
    """Account holders who commented or answered the questions."""
    ids = set(consultation.comments.filter(author__isnull=False).values_list("author_id",
                                                                             flat=True))
    ids |= set(consultation.responses.filter(user__isnull=False).values_list("user_id",
                                                                             flat=True))
    return list(User.objects.filter(pk__in=ids, is_active=True))


def review_required(actor: User | None) -> bool:
    """Whether this person's consultation goes through the coordinator's review before it is
    published: when the jurisdiction asks for it, for everyone but the coordinators, who are
    the reviewers (the same role that approves joint content)."""
    from jembatan.core.models import Jurisdiction

    jurisdiction = Jurisdiction.current()
    required = bool(jurisdiction and jurisdiction.consultations_require_review)
    return required and not (actor is not None and actor.is_coordinator)
