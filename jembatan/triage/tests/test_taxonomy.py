"""The routing taxonomy in the database: loaded from the shipped file by `migrate`, edited by
coordinators (audited), used by the routers at once, and marking the trained model stale."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from jembatan.core.models import AuditEntry
from jembatan.core.tests.factories import AgencyFactory
from jembatan.triage import actions, training
from jembatan.triage.lexicon import Topic as ShippedTopic
from jembatan.triage.lexicon import file_topics
from jembatan.triage.models import RoutingModel, Topic, TriageSettings
from jembatan.triage.suggestions import suggest_agencies
from jembatan.triage.taxonomy import taxonomy_topics, taxonomy_version, terms_split

pytestmark = pytest.mark.django_db


@pytest.fixture
def agencies(db):
    return {
        "road": AgencyFactory(slug="dpu", name="Dinas Pekerjaan Umum",
                              duties="Jalan kabupaten rusak, jembatan, drainase."),
        "trade": AgencyFactory(slug="dagkop", name="Dinas Perdagangan, Koperasi dan UKM",
                               duties="Pasar, harga bahan pokok."),
        "water": AgencyFactory(slug="pdam", name="Perumda Air Minum",
                               duties="Air minum mati atau keruh, pipa bocor, tagihan air."),
    }


def test_migrate_loads_the_shipped_taxonomy():
    shipped = file_topics()

    assert Topic.objects.count() == len(shipped)
    assert not Topic.objects.filter(is_shipped=False).exists()
    assert taxonomy_topics() == shipped


def test_loading_the_shipped_taxonomy_again_changes_nothing():
    counts = actions.taxonomy_sync_shipped()

    assert counts == {"created": 0, "updated": 0, "deactivated": 0}
    assert not AuditEntry.objects.exists()
    assert TriageSettings.current().taxonomy_changed_at is None


def test_terms_are_split_on_commas_and_lines_lower_case_and_once():
    assert terms_split("Gas Melon,  elpiji\nGAS melon, ,tabung  3 kg") == (
        "gas melon", "elpiji", "tabung 3 kg")


def test_coordinator_edit_is_audited_and_marks_the_shipped_topic_customized(coordinator):
    topic = Topic.objects.get(name="jalan_rusak")
    old = topic.message_keywords

    actions.topic_update(topic=topic, actor=coordinator,
                         message_keywords=f"{old}, Dalan Growong\n jalan bolong-bolong")

    topic.refresh_from_db()
    assert topic.is_customized
    assert topic.message_keywords.endswith("dalan growong, jalan bolong-bolong")
    entry = AuditEntry.objects.get(action="topic_update")
    assert entry.actor == coordinator
    assert entry.changes["message_keywords"][1] == topic.message_keywords
    assert TriageSettings.current().taxonomy_changed_at is not None


def test_an_edit_that_changes_nothing_is_not_recorded(coordinator):
    topic = Topic.objects.get(name="jalan_rusak")

    actions.topic_update(topic=topic, actor=coordinator,
                         message_keywords=topic.message_keywords.upper().replace(", ", ",\n"))

    assert not AuditEntry.objects.exists()
    topic.refresh_from_db()
    assert not topic.is_customized


def test_a_shipped_topic_keeps_its_name_and_cannot_be_deleted(coordinator):
    topic = Topic.objects.get(name="jalan_rusak")

    with pytest.raises(ValidationError):
        actions.topic_update(topic=topic, actor=coordinator, name="jalan_jelek")
    with pytest.raises(ValidationError):
        actions.topic_delete(topic=topic, actor=coordinator)
    assert Topic.objects.filter(name="jalan_rusak").exists()


def test_a_coordinators_topic_is_created_and_deleted_with_audit(coordinator):
    topic = actions.topic_create(actor=coordinator, name="minyak_tanah",
                                 message_keywords="minyak tanah, mitan",
                                 agency_kinds="perdagangan")

    assert not topic.is_shipped
    actions.topic_delete(topic=topic, actor=coordinator)

    assert not Topic.objects.filter(name="minyak_tanah").exists()
    assert [e.action for e in AuditEntry.objects.order_by("pk")] == ["topic_create",
                                                                    "topic_delete"]


def test_saving_a_topic_reloads_the_taxonomy_at_once(coordinator):
    before = taxonomy_version()

    topic = actions.topic_create(actor=coordinator, name="minyak_tanah",
                                 message_keywords="minyak tanah, mitan")
    assert taxonomy_version() != before
    assert "minyak_tanah" in [t.name for t in taxonomy_topics()]

    actions.topic_update(topic=topic, actor=coordinator, is_active=False)
    assert "minyak_tanah" not in [t.name for t in taxonomy_topics()]

    topic.refresh_from_db()
    actions.topic_delete(topic=topic, actor=coordinator)
    assert "minyak_tanah" not in [t.name for t in taxonomy_topics()]


def test_cold_start_routing_uses_a_topic_added_by_a_coordinator(agencies, coordinator):
    text = "mitan susah dicari di warung sejak minggu lalu"
    before, _reasons = suggest_agencies(text)

    actions.topic_create(actor=coordinator, name="minyak_tanah",
                         message_keywords="minyak tanah, mitan", agency_kinds="perdagangan")
    after, reasons = suggest_agencies(text)

    assert after[0].agency == agencies["trade"]
    trade_before = next(s.probability for s in before if s.agency == agencies["trade"])
    assert after[0].probability > trade_before
    assert "mitan" in reasons


def test_without_topics_in_the_database_the_shipped_file_is_used(coordinator):
    Topic.objects.all().delete()

    assert taxonomy_topics() == file_topics()


def test_a_taxonomy_edit_makes_the_next_scheduled_retraining_run(agencies, coordinator,
                                                                   monkeypatch):
    model = RoutingModel.objects.create(kind=RoutingModel.Kind.TRAINED, n_examples=10_000,
                                        blob=b"")
    RoutingModel.objects.filter(pk=model.pk).update(
        created_at=timezone.now() - dt.timedelta(days=1))
    retrained = []
    monkeypatch.setattr(training, "router_retrain", lambda: retrained.append(1))

    training.retrain_if_due()
    assert retrained == []

    actions.topic_update(topic=Topic.objects.get(name="elpiji_lpg"), actor=coordinator,
                         message_keywords="elpiji, gas melon, gas ijo")
    training.retrain_if_due()
    assert retrained == [1]


def test_an_update_of_the_shipped_file_reaches_topics_no_coordinator_changed(
        coordinator, monkeypatch):
    customized = Topic.objects.get(name="jalan_rusak")
    actions.topic_update(topic=customized, actor=coordinator, message_keywords="jalan rusak")
    shipped = {t.name: t for t in file_topics()}
    newer = [
        ShippedTopic("jalan_rusak", (), (), ("ganti dari berkas",)),
        ShippedTopic("jembatan", shipped["jembatan"].agency_kinds,
                     shipped["jembatan"].duty_keywords,
                     (*shipped["jembatan"].message_keywords, "kreteg ambrol")),
        ShippedTopic("topik_baru", ("perdagangan",), (), ("kata baru",)),
        *(t for name, t in shipped.items()
          if name not in ("jalan_rusak", "jembatan", "lampu_lalu_lintas")),
    ]
    monkeypatch.setattr(actions, "file_topics", lambda: tuple(newer))

    counts = actions.taxonomy_sync_shipped()

    assert counts == {"created": 1, "updated": 1, "deactivated": 1}
    assert Topic.objects.get(name="jalan_rusak").message_keywords == "jalan rusak"
    assert Topic.objects.get(name="jembatan").message_keywords.endswith("kreteg ambrol")
    assert Topic.objects.get(name="topik_baru").is_shipped
    assert not Topic.objects.get(name="lampu_lalu_lintas").is_active
    assert AuditEntry.objects.filter(actor__isnull=True, note="taxonomy.tsv").count() == 3
