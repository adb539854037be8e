"""Writes of the triage domain: the coordinators' routing taxonomy. Every change is audited and
marks the trained routing model stale, so the next scheduled retraining uses the new words."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.core.actions import audit_record, update_with_audit
from jembatan.core.changes import diff, snapshot
from jembatan.core.models import User
from jembatan.core.rules import require_actor_perm
from jembatan.triage.lexicon import file_topics
from jembatan.triage.models import RoutingModel, Topic, TriageSettings
from jembatan.triage.taxonomy import terms_join, terms_split

TOPIC_FIELDS = ("name", "message_keywords", "agency_kinds", "duty_keywords", "is_active")
TERM_FIELDS = ("message_keywords", "agency_kinds", "duty_keywords")


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    return {name: terms_join(terms_split(value)) if name in TERM_FIELDS else value
            for name, value in values.items()}


def _taxonomy_changed() -> None:
    TriageSettings.current()  # the row must exist before it can be updated
    TriageSettings.objects.update(taxonomy_changed_at=timezone.now())


@transaction.atomic
def topic_create(*, actor: User | None, **values: Any) -> Topic:
    unknown = set(values) - set(TOPIC_FIELDS)
    if unknown:
        raise ValueError(f"unknown topic fields: {sorted(unknown)}")
    require_actor_perm(actor, "triage.add_topic")
    topic = Topic(**_cleaned(values))
    topic.full_clean()
    topic.save()
    audit_record(actor=actor, action="topic_create", obj=topic,
                 changes=diff({}, snapshot(topic, TOPIC_FIELDS)))
    _taxonomy_changed()
    return topic


@transaction.atomic
def topic_update(*, topic: Topic, actor: User | None, **values: Any) -> Topic:
    """Change a topic; records only what changed. A shipped topic changed here keeps the
    coordinators' words when a later version of Jembatan ships other ones."""
    unknown = set(values) - set(TOPIC_FIELDS)
    if unknown:
        raise ValueError(f"unknown topic fields: {sorted(unknown)}")
    require_actor_perm(actor, "triage.change_topic", topic)
    if topic.is_shipped and values.get("name", topic.name) != topic.name:
        raise ValidationError(_("A topic shipped with Jembatan keeps its name."))

    def save(_changed: list[str]) -> None:
        topic.is_customized = topic.is_shipped
        topic.save()

    if update_with_audit(topic, actor=actor, action="topic_update", values=_cleaned(values),
                         save=save):
        _taxonomy_changed()
    return topic


@transaction.atomic
def topic_delete(*, topic: Topic, actor: User | None) -> None:
    require_actor_perm(actor, "triage.delete_topic", topic)
    if topic.is_shipped:
        # It would come back with the next `migrate`; switching it off is what lasts.
        raise ValidationError(_("A topic shipped with Jembatan cannot be deleted; make it "
                                "inactive instead."))
    audit_record(actor=actor, action="topic_delete", obj=topic,
                 changes=diff(snapshot(topic, TOPIC_FIELDS), {}))
    topic.delete()
    _taxonomy_changed()


@transaction.atomic
def topic_restore_shipped(*, topic: Topic, actor: User | None) -> Topic:
    """Put a shipped topic that coordinators changed back to the shipped words; from then on
    it follows the shipped file again."""
    require_actor_perm(actor, "triage.change_topic", topic)
    if not topic.is_shipped:
        raise ValidationError(_("Only a topic shipped with Jembatan can be restored."))
    shipped = next((t for t in file_topics() if t.name == topic.name), None)
    if shipped is None:
        raise ValidationError(_("This topic is no longer shipped with Jembatan; make it "
                                "inactive instead."))
    values = {"message_keywords": terms_join(shipped.message_keywords),
              "agency_kinds": terms_join(shipped.agency_kinds),
              "duty_keywords": terms_join(shipped.duty_keywords), "is_active": True}
    before = snapshot(topic, values)
    for name, value in values.items():
        setattr(topic, name, value)
    changes = diff(before, snapshot(topic, values))
    topic.is_customized = False
    topic.save()
    audit_record(actor=actor, action="topic_restore", obj=topic, changes=changes,
                 note="taxonomy.tsv")
    if changes:
        _taxonomy_changed()
    return topic


@transaction.atomic
def taxonomy_sync_shipped() -> dict[str, int]:
    """Bring the shipped taxonomy (lexicon/taxonomy.tsv) into the database; run by `migrate`.

    On an empty table every shipped topic is created, without audit entries (that is the
    installation, not an edit). Later, shipped topics that no coordinator changed follow the
    file: new ones are added, changed ones updated, removed ones switched off, each audited as
    done by the system. Topics changed or created by coordinators are never touched.
    """
    existing = {topic.name: topic for topic in Topic.objects.all()}
    installing = not existing
    counts = {"created": 0, "updated": 0, "deactivated": 0}
    shipped_names = set()
    for shipped in file_topics():
        shipped_names.add(shipped.name)
        values = {"message_keywords": terms_join(shipped.message_keywords),
                  "agency_kinds": terms_join(shipped.agency_kinds),
                  "duty_keywords": terms_join(shipped.duty_keywords)}
        topic = existing.get(shipped.name)
        if topic is None:
            topic = Topic.objects.create(name=shipped.name, is_shipped=True, **values)
            counts["created"] += 1
            if not installing:
                audit_record(actor=None, action="topic_create", obj=topic,
                             changes=diff({}, snapshot(topic, TOPIC_FIELDS)),
                             note="taxonomy.tsv")
        elif topic.is_shipped and not topic.is_customized and update_with_audit(
            # The shipped file is trusted as it is: no validation, as on installation.
            topic, actor=None, action="topic_update", values=values, validate=lambda: None,
            note="taxonomy.tsv",
        ):
            counts["updated"] += 1
    for topic in existing.values():
        if (topic.is_shipped and not topic.is_customized and topic.is_active
                and topic.name not in shipped_names):
            topic.is_active = False
            topic.save(update_fields=["is_active", "updated_at"])
            counts["deactivated"] += 1
            audit_record(actor=None, action="topic_update", obj=topic,
                         changes={"is_active": [True, False]}, note="taxonomy.tsv")
    if not installing and any(counts.values()):
        _taxonomy_changed()
    return counts


@transaction.atomic
def routing_model_activate(*, actor: User | None, blob: bytes, n_examples: int, n_agencies: int,
                           evaluation: dict[str, Any]) -> RoutingModel:
    """Store a newly trained router and route with it from now on (None: the scheduled
    retraining)."""
    if actor is not None and not actor.has_perm("triage.retrain_routing"):
        raise PermissionDenied
    previous = RoutingModel.objects.filter(is_active=True).first()
    RoutingModel.objects.filter(is_active=True).update(is_active=False)
    model = RoutingModel.objects.create(
        kind=RoutingModel.Kind.TRAINED, n_examples=n_examples, n_agencies=n_agencies,
        accuracy=evaluation["accuracy"], macro_f1=evaluation["macro_f1"],
        evaluation=evaluation, blob=blob, is_active=True,
    )
    audit_record(actor=actor, action="routing_model_activate", obj=model, changes={
        "active_model": [previous.pk if previous else None, model.pk],
        "macro_f1": [previous.macro_f1 if previous else None, model.macro_f1],
    })
    return model
