"""Public consultations for `generate_load`: sections, questions, comments and replies, supports,
answers to the questions, and the official answer of the closed ones (themes and answers per
comment), with the audit entries of their life cycle, as the actions leave them.

The texts are the demo's consultations (`demo/participation.toml`), each generated one a copy of
one of them with its own dates, agency, participants and numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import tomllib

from django.db import transaction

from jembatan.core.loadgen import PACKAGE, Plan, TableWriter, audit_content_type, next_id
from jembatan.core.models import Agency, AuditEntry, User
from jembatan.participation.models import (
    Comment,
    Consultation,
    Option,
    Participant,
    Question,
    Response,
    ResponseAnswer,
    Section,
    Support,
    Theme,
)

DAY = dt.timedelta(days=1)
PARTICIPANTS = 5_000


def generate(plan: Plan) -> None:
    if plan.consultations <= 0:
        return
    rng, now = plan.rng, plan.now
    started = time.perf_counter()
    demo = tomllib.loads((PACKAGE / "participation/demo/participation.toml").read_text())
    templates = [c for c in demo["consultation"] if c.get("section")]
    answered_templates = [c for c in templates if c.get("theme")]
    names = [p["name"] for p in demo["participant"]]
    agencies = {a.slug: a for a in Agency.objects.filter(is_active=True)}
    staff = {a: list(User.objects.filter(memberships__agency=a).values_list("pk", "full_name"))
             for a in agencies.values()}
    coordinator = User.objects.filter(is_coordinator=True).order_by("pk").first()
    content_type = audit_content_type(Consultation)
    comment_type = audit_content_type(Comment)

    participants = TableWriter(Participant, ["id", "contact_hash", "contact_kind",
                                             "display_name", "verified_at", "created_at"])
    participant_names = {}
    first_participant = next_id(Participant)
    salt = rng.randrange(10**9)
    for n in range(PARTICIPANTS):
        pk = first_participant + n
        name = rng.choice(names)
        participant_names[pk] = name
        participants.add({"id": pk, "contact_hash": hashlib.sha256(
            f"generated-{salt}-{n}".encode()).hexdigest(), "contact_kind": "email",
            "display_name": name, "verified_at": plan.start, "created_at": plan.start})
    with transaction.atomic():
        participants.flush()
    people = list(participant_names)

    writers = {
        "consultations": TableWriter(Consultation, [
            "id", "title", "summary", "lead_agency_id", "kind", "status", "audience", "opens_at",
            "closes_at", "answer_summary", "withdrawn_reason", "published_at", "answered_at",
            "created_by_id", "created_at", "updated_at"]),
        "co_agencies": TableWriter(Consultation.co_agencies.through,
                                   ["consultation_id", "agency_id"]),
        "sections": TableWriter(Section, ["id", "consultation_id", "position", "title", "body"]),
        "questions": TableWriter(Question, ["id", "consultation_id", "position", "text",
                                            "kind"]),
        "options": TableWriter(Option, ["id", "question_id", "position", "text"]),
        "themes": TableWriter(Theme, ["id", "consultation_id", "position", "title",
                                      "answer_status", "answer"]),
        "comments": TableWriter(Comment, [
            "id", "consultation_id", "section_id", "parent_id", "participant_id", "body",
            "display_name", "status", "support_count", "theme_id", "answer_status", "answer",
            "created_at"]),
        "supports": TableWriter(Support, ["comment_id", "participant_id", "created_at"]),
        "responses": TableWriter(Response, ["id", "consultation_id", "participant_id",
                                            "created_at"]),
        "answers": TableWriter(ResponseAnswer, ["response_id", "question_id", "option_id",
                                                "value", "text"]),
        "audit": TableWriter(AuditEntry, ["created_at", "actor_id", "actor_label", "action",
                                          "content_type_id", "object_id", "object_repr",
                                          "agency_id", "changes", "note"]),
    }
    ids = {name: next_id(model) for name, model in (
        ("consultation", Consultation), ("section", Section), ("question", Question),
        ("option", Option), ("theme", Theme), ("comment", Comment), ("response", Response))}

    def take(name: str) -> int:
        ids[name] += 1
        return ids[name] - 1

    def audit(at, action, obj_id, repr_, agency_id, changes, *, actor=None, label=None,
              ctype=content_type):
        writers["audit"].add({
            "created_at": at, "actor_id": actor[0] if actor else None,
            "actor_label": label or (actor[1] if actor else "sistem"), "action": action,
            "content_type_id": ctype, "object_id": str(obj_id), "object_repr": repr_[:200],
            "agency_id": agency_id, "changes": changes, "note": ""})

    for _ in range(plan.consultations):
        template = rng.choice(templates)
        lead = agencies.get(template["agency"]) or rng.choice(list(agencies.values()))
        author = rng.choice(staff[lead]) if staff[lead] else (
            (coordinator.pk, str(coordinator)) if coordinator else None)
        opens = plan.start + dt.timedelta(seconds=rng.random() * (
            now - plan.start + 30 * DAY).total_seconds())
        closes = opens + rng.randint(14, 45) * DAY
        created = opens - rng.randint(3, 20) * DAY
        roll = rng.random()
        if roll < 0.02:
            status = Consultation.Status.DRAFT
        elif roll < 0.05 and opens < now:
            status = Consultation.Status.WITHDRAWN
        elif opens > now:
            status = Consultation.Status.SCHEDULED
        elif closes > now:
            status = Consultation.Status.OPEN
        elif closes < now - 10 * DAY and rng.random() < 0.7:
            status = Consultation.Status.ANSWERED
        else:
            status = Consultation.Status.CLOSED
        answered = closes + rng.randint(5, 40) * DAY if status == "answered" else None
        if answered and answered > now:
            answered = now - DAY
        source = rng.choice(answered_templates) if status == "answered" else template
        year = opens.year
        title = template["title"]
        if str(year) not in title:
            title = f"{title} ({year})"
        pk = take("consultation")
        published = None if status == "draft" else created + DAY
        writers["consultations"].add({
            "id": pk, "title": title[:200], "summary": template["summary"].strip(),
            "lead_agency_id": lead.pk, "kind": template["kind"], "status": status,
            "audience": template.get("audience", "verified"), "opens_at": opens,
            "closes_at": closes,
            "answer_summary": source.get("answer_summary", "").strip() if answered else "",
            "withdrawn_reason": "Rancangan ditarik untuk diselaraskan dengan peraturan yang "
                                "lebih tinggi." if status == "withdrawn" else "",
            "published_at": published, "answered_at": answered,
            "created_by_id": author[0] if author else None, "created_at": created,
            "updated_at": answered or (closes if closes < now else created)})
        for slug in template.get("agencies", []):
            if slug in agencies and agencies[slug].pk != lead.pk:
                writers["co_agencies"].add({"consultation_id": pk,
                                            "agency_id": agencies[slug].pk})
        audit(created, "consultation_create", pk, title, lead.pk,
              {"title": [None, title[:200]]}, actor=author)
        sections = []
        for position, section in enumerate(template["section"]):
            section_id = take("section")
            sections.append(section_id)
            writers["sections"].add({"id": section_id, "consultation_id": pk,
                                     "position": position, "title": section["title"],
                                     "body": section.get("body", "").strip()})
        questions = []
        for position, question in enumerate(template.get("question", [])):
            question_id = take("question")
            writers["questions"].add({"id": question_id, "consultation_id": pk,
                                      "position": position, "text": question["text"],
                                      "kind": question["kind"]})
            options = []
            for index, text in enumerate(question.get("options", [])):
                option_id = take("option")
                options.append(option_id)
                writers["options"].add({"id": option_id, "question_id": question_id,
                                        "position": index, "text": text})
            questions.append((question_id, question, options))
        if status in ("draft", "scheduled"):
            continue
        moments = [("consultation_open", opens, "scheduled", "open")]
        if status in ("closed", "answered"):
            moments.append(("consultation_close", closes, "open", "closed"))
        if status == "answered":
            moments.append(("consultation_answer_publish", answered, "closed", "answered"))
        if status == "withdrawn":
            moments.append(("consultation_withdraw", opens + DAY, "open", "withdrawn"))
        for action, at, before, after in moments:
            audit(at, action, pk, title, lead.pk, {"status": [before, after]},
                  actor=author if action != "consultation_close" else None)
        if status == "withdrawn":
            continue
        # Themes of the official answer.
        themes = {}
        if status == "answered":
            for position, theme in enumerate(source.get("theme", [])):
                theme_id = take("theme")
                themes[theme["key"]] = theme_id
                writers["themes"].add({"id": theme_id, "consultation_id": pk,
                                       "position": position, "title": theme["title"],
                                       "answer_status": theme["answer_status"],
                                       "answer": theme["answer"].strip()})
        # Comments, replies and supports: the template's, each by a generated participant.
        end = min(closes, now)
        span = max((end - opens).total_seconds(), 3600)
        pool = source.get("comment", []) if status == "answered" else template.get(
            "comment", [])
        count = rng.randint(3, 40)
        for _ in range(count):
            if not pool:
                break
            item = rng.choice(pool)
            at = opens + dt.timedelta(seconds=rng.random() * span)
            who = rng.choice(people)
            comment_id = take("comment")
            section_index = item.get("section")
            section_id = sections[section_index - 1] if section_index and \
                section_index <= len(sections) else None
            supporters = rng.sample(people, min(len(people), int(rng.expovariate(1 / 8))))
            supporters = [p for p in supporters if p != who]
            has_answer = status == "answered" and item.get("answer_status")
            writers["comments"].add({
                "id": comment_id, "consultation_id": pk, "section_id": section_id,
                "parent_id": None, "participant_id": who, "body": item["body"].strip(),
                "display_name": participant_names[who], "status": "published",
                "support_count": len(supporters),
                "theme_id": themes.get(item.get("theme")) if status == "answered" else None,
                "answer_status": item["answer_status"] if has_answer else "",
                "answer": item.get("answer", "").strip() if has_answer else "",
                "created_at": at})
            audit(at, "consultation_comment_create", comment_id, item["body"][:60], lead.pk,
                  {}, label=f"peserta: {participant_names[who]}"[:80], ctype=comment_type)
            for supporter in supporters:
                supported = at + dt.timedelta(seconds=rng.random() * max(
                    (end - at).total_seconds(), 60))
                writers["supports"].add({"comment_id": comment_id, "participant_id": supporter,
                                         "created_at": supported})
            for reply in item.get("reply", []):
                reply_id = take("comment")
                replier = rng.choice(people)
                writers["comments"].add({
                    "id": reply_id, "consultation_id": pk, "section_id": section_id,
                    "parent_id": comment_id, "participant_id": replier,
                    "body": reply["body"].strip(), "display_name": participant_names[replier],
                    "status": "published", "support_count": 0, "theme_id": None,
                    "answer_status": "", "answer": "", "created_at": at + DAY / 4})
        # Answers to the questions ("votes"), each participant once.
        if questions:
            for who in rng.sample(people, min(len(people), rng.randint(5, 60))):
                response_id = take("response")
                at = opens + dt.timedelta(seconds=rng.random() * span)
                writers["responses"].add({"id": response_id, "consultation_id": pk,
                                          "participant_id": who, "created_at": at})
                for question_id, question, options in questions:
                    kind = question["kind"]
                    if kind in ("single", "multiple") and options:
                        weights = question.get("weights") or [1] * len(options)
                        chosen = {rng.choices(options, weights[:len(options)])[0]}
                        if kind == "multiple" and rng.random() < 0.4:
                            chosen.add(rng.choice(options))
                        for option_id in chosen:
                            writers["answers"].add({"response_id": response_id,
                                                    "question_id": question_id,
                                                    "option_id": option_id, "value": None,
                                                    "text": ""})
                    elif kind == "scale":
                        writers["answers"].add({"response_id": response_id,
                                                "question_id": question_id, "option_id": None,
                                                "value": rng.choices([1, 2, 3, 4, 5],
                                                                     [5, 10, 25, 35, 25])[0],
                                                "text": ""})
    with transaction.atomic():
        for writer in writers.values():
            writer.flush()
    for name, writer in writers.items():
        plan.counts[f"participation.{name}"] = writer.written
    plan.log(f"  consultations: {plan.consultations:,} ({time.perf_counter() - started:.0f} s)")

