"""Public consultations in the Wonosobo demo: one in every state, written through the real
actions (so the audit trail, counts and notifications are what the product would store), with
comments, replies, supports, flags, hidden and held comments, answers to the questions, and one
consultation answered theme by theme. Skipped when consultations already exist.
"""

from __future__ import annotations

import datetime as dt
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from jembatan.core.models import Agency, Membership, User
from jembatan.core.quiet import notifications_suppressed
from jembatan.core.uploads import clean_file
from jembatan.participation import actions
from jembatan.participation.contributors import Contributor
from jembatan.participation.demo.data import CONSULTATIONS, PARTICIPANTS
from jembatan.participation.demo.documents import table_docx, text_pdf
from jembatan.participation.forms import ATTACHMENT_TYPES
from jembatan.participation.models import Comment, Consultation, Participant, Theme

Status = Consultation.Status


def _writer(agency: Agency) -> User | None:
    membership = (Membership.objects.filter(agency=agency).select_related("user")
                  .order_by("role", "pk").first())
    return membership.user if membership else User.objects.filter(is_coordinator=True).first()


def _participants() -> list[Participant]:
    return [actions.participant_verify(contact=f"peserta{n}@demo.jembatan.id", display_name=name)
            for n, name in enumerate(PARTICIPANTS, start=1)]


def _at(now: dt.datetime, days: int, rng: random.Random) -> dt.datetime:
    moment = now + dt.timedelta(days=days, hours=-rng.randint(1, 9), minutes=-rng.randint(0, 59))
    return min(moment, now - dt.timedelta(minutes=5))


def _comments(consultation, row, people, sections, rng, now) -> list:
    written = []
    others = [Contributor(participant=p) for p in people]
    for item in row.get("comment", []):
        who = Contributor(participant=people[item["by"] - 1])
        section = sections[item["section"] - 1] if item.get("section") else None
        at = _at(now, item.get("days", 0), rng)
        comment = actions.comment_create(consultation=consultation, contributor=who,
                                         body=item["body"], section=section, at=at)
        written.append((item, comment))
        for reply in item.get("reply", []):
            actions.comment_create(consultation=consultation,
                                   contributor=Contributor(participant=people[reply["by"] - 1]),
                                   body=reply["body"], parent=comment,
                                   at=min(at + dt.timedelta(hours=rng.randint(1, 30)),
                                          now - dt.timedelta(minutes=1)))
        if comment.status == comment.Status.PUBLISHED:
            supporters = [c for c in others if c.participant.pk != who.participant.pk]
            for supporter in rng.sample(supporters, min(item.get("supports", 0),
                                                        len(supporters))):
                actions.comment_support(comment=comment, contributor=supporter)
        flaggers = [c for c in others if c.participant.pk != who.participant.pk]
        rng.shuffle(flaggers)
        for reason, flagger in zip(item.get("flags", []), flaggers, strict=False):
            comment = actions.comment_flag(comment=comment, contributor=flagger, reason=reason)
    return written


def _responses(consultation, row, people, rng) -> int:
    questions = list(consultation.questions.prefetch_related("options"))
    specs = {q["text"]: q for q in row.get("question", [])}
    count = 0
    # More answers than named participants: the rest are people who only answered.
    extra = [actions.participant_verify(contact=f"responden{consultation.pk}-{n}@demo.jembatan.id",
                                        display_name=f"Responden {n}")
             for n in range(max(0, row.get("responses", 0) - len(people)))]
    for participant in [*people, *extra][:row.get("responses", 0)]:
        answers = []
        for question in questions:
            weights = specs.get(question.text, {}).get("weights")
            if question.has_options and weights:
                options = list(question.options.all())
                if question.kind == question.Kind.SINGLE:
                    chosen = rng.choices(options, weights=weights)
                else:
                    chosen = [o for o, w in zip(options, weights, strict=True)
                              if rng.random() < w / 100] or rng.choices(options, weights=weights)
                answers.append({"question": question.pk, "options": [o.pk for o in chosen]})
            elif question.kind == question.Kind.SCALE and weights:
                answers.append({"question": question.pk,
                                "value": rng.choices(range(1, 6), weights=weights)[0]})
        if answers:
            actions.response_create(consultation=consultation,
                                    contributor=Contributor(participant=participant),
                                    answers=answers)
            count += 1
    return count


def _attach(consultation: Consultation, actor: User | None, item: dict, row: dict) -> None:
    """A generated document, cleaned like any upload: the draft's sections as a PDF, or a
    table as a Word file."""
    if item.get("rows"):
        data = table_docx(item["title"], item["rows"], item.get("note", ""))
    else:
        data = text_pdf(row["title"], [f"{s['title']}\n{s['body'].strip()}"
                                       for s in row.get("section", [])])
    upload = clean_file(SimpleUploadedFile(item["name"], data), allowed_types=ATTACHMENT_TYPES,
                        max_bytes=10 * 1024 * 1024, fallback_name="lampiran", too_large="%(name)s",
                        not_allowed="%(name)s")
    actions.attachment_add(consultation=consultation, actor=actor, title=item["title"],
                           upload=upload)


def _consultation(row, agencies, people, rng, now) -> Consultation:
    agency = agencies[row["agency"]]
    actor = _writer(agency)
    opens = now + dt.timedelta(days=row["opens"])
    consultation = actions.consultation_create(
        actor=actor, lead_agency=agency,
        co_agencies=[agencies[slug] for slug in row.get("agencies", []) if slug in agencies],
        title=row["title"], summary=row["summary"].strip(), kind=row["kind"],
        audience=row["audience"], opens_at=opens, closes_at=now + dt.timedelta(days=row["closes"]))
    for section in row.get("section", []):
        actions.section_add(consultation=consultation, actor=actor, title=section["title"],
                            body=section["body"].strip())
    for question in row.get("question", []):
        actions.question_add(consultation=consultation, actor=actor, text=question["text"],
                             kind=question["kind"], options=question.get("options", []))
    for attachment in row.get("attachment", []):
        _attach(consultation, actor, attachment, row)
    status = row["status"]
    if status == Status.DRAFT:
        return consultation
    # Published on the day it opened (or now, for one still to open).
    actions.consultation_schedule(consultation=consultation, actor=actor,
                                  now=min(opens - dt.timedelta(hours=1), now))
    if status == Status.WITHDRAWN:
        actions.consultation_withdraw(consultation=consultation, actor=actor,
                                      reason=row["withdrawn"])
        return consultation
    if status == Status.SCHEDULED:
        return consultation
    if consultation.status == Status.SCHEDULED:
        actions.consultations_open_due(now=opens)
        consultation.refresh_from_db()
    sections = list(consultation.sections.all())
    written = _comments(consultation, row, people, sections, rng, now)
    _responses(consultation, row, people, rng)
    for item, comment in written:
        if item.get("hidden"):
            comment.refresh_from_db()
            if comment.status != comment.Status.HIDDEN:
                actions.comment_hide(comment=comment, actor=actor, reason=item["hidden"])
    if status == Status.OPEN:
        return consultation
    actions.consultation_close(consultation=consultation, actor=None)
    if status == Status.CLOSED:
        return consultation
    themes: dict[str, Theme] = {}
    for theme in row.get("theme", []):
        grouped = [c.pk for item, c in written if item.get("theme") == theme["key"]]
        themes[theme["key"]] = actions.theme_save(
            consultation=consultation, actor=actor, title=theme["title"],
            answer_status=theme["answer_status"], answer=theme["answer"].strip(),
            comments=grouped)
    for item, comment in written:
        if item.get("answer_status"):
            actions.comment_answer(comment=comment, actor=actor,
                                   answer_status=item["answer_status"], answer=item["answer"])
    actions.answer_publish(consultation=consultation, actor=actor,
                           summary=row["answer_summary"].strip())
    return consultation


@transaction.atomic
def participation_demo_load(*, log=print) -> None:
    if Consultation.objects.exists():
        log("Public consultations: already loaded")
        return
    agencies = {a.slug: a for a in Agency.objects.all()}
    missing = {row["agency"] for row in CONSULTATIONS} - set(agencies)
    if missing:
        log(f"Public consultations: agencies {sorted(missing)} missing; skipped")
        return
    rng = random.Random(2027)
    now = timezone.now()
    with notifications_suppressed():
        people = _participants()
        for row in CONSULTATIONS:
            _consultation(row, agencies, people, rng, now)
    log(f"Public consultations: {Consultation.objects.count()} consultations, "
        f"{Comment.objects.count()} comments and replies")
