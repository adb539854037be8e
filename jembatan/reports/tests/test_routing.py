"""Routing in the product: cold start from duties, learning from dispositions, suggestions on
reports, automatic assignment and its undo."""

import pytest

from jembatan.core.models import AuditEntry
from jembatan.core.tests.factories import AgencyFactory
from jembatan.core.workflow import Actor, InvalidTransition
from jembatan.reports import actions, routing
from jembatan.reports.models import Status
from jembatan.reports.tests.factories import ReportFactory
from jembatan.triage.models import RoutingModel, TriageSettings
from jembatan.triage.suggestions import suggest_agencies

pytestmark = pytest.mark.django_db

ROAD = ["Jalan di depan SD rusak berlubang", "Aspal jalan mengelupas dan retak",
        "jln rusak parah gk diperbaiki", "Jembatan desa putus", "Jalan ambles di tikungan"]
WATER = ["Air PDAM mati tiga hari", "Air keruh dari kran PDAM", "Pipa air bocor di gang",
         "Tagihan air naik", "banyu mati ket wingi"]
GAS = ["Antre gas elpiji 3 kg berjam-jam", "Gas melon langka di pangkalan",
       "Harga tabung gas 3 kg mahal sekali", "Elpiji susah dicari di warung",
       "Pangkalan gas menjual di atas HET"]


@pytest.fixture
def agencies(db):
    return {
        "road": AgencyFactory(slug="dpu", name="Dinas Pekerjaan Umum",
                              duties="Jalan kabupaten rusak, jembatan, drainase."),
        "water": AgencyFactory(slug="pdam", name="Perumda Air Minum",
                               duties="Air PDAM mati atau keruh, pipa bocor, tagihan air."),
        "trade": AgencyFactory(slug="dagkop", name="Dinas Perdagangan, Koperasi dan UKM",
                               duties="Pasar, harga bahan pokok, distribusi elpiji."),
    }


def dispose_all(texts, agency, coordinator):
    for text in texts:
        report = ReportFactory(title=text[:60], body=text)
        actions.report_dispose(report=report, actor=Actor(user=coordinator), agency=agency)


def test_cold_start_suggests_from_the_agencies_duties(agencies):
    suggestions, reasons = suggest_agencies("Jalan di depan pasar berlubang besar")

    assert suggestions[0].agency == agencies["road"]
    assert 0 < suggestions[0].probability <= 1
    assert len(suggestions) == 3
    assert reasons


def test_retraining_learns_what_coordinators_decided(agencies, coordinator):
    # Coordinators send a new kind of message (gas) to trade; the next model follows them.
    dispose_all(ROAD * 3, agencies["road"], coordinator)
    dispose_all(WATER * 3, agencies["water"], coordinator)
    dispose_all(GAS * 3, agencies["trade"], coordinator)

    model = routing.router_retrain(min_decisions=30)

    assert model.kind == RoutingModel.Kind.TRAINED
    assert model.n_examples == 45
    assert model.macro_f1 is not None
    suggestions, _reasons = suggest_agencies("gas melon kosong di pangkalan kertek")
    assert suggestions[0].agency == agencies["trade"]
    entry = AuditEntry.objects.get(action="routing_model_activate")
    assert (entry.actor_label, entry.object_id) == ("sistem", str(model.pk))


def test_too_few_decisions_train_nothing(agencies, coordinator):
    dispose_all(ROAD, agencies["road"], coordinator)

    assert routing.router_retrain() is None
    assert not RoutingModel.objects.exists()


def test_triage_stores_the_suggestion_and_flags_urgency(agencies):
    report = ReportFactory(title="Kebakaran", body="Ada kebakaran rumah, api membesar sekarang "
                                                    "dekat jalan rusak")

    routing.report_triage(report_id=report.pk)

    report.refresh_from_db()
    assert report.is_urgent
    assert report.suggested_agency is not None
    assert report.suggestions[0]["agency"] == report.suggested_agency.slug


def test_automatic_assignment_only_when_allowed_and_sure(agencies):
    settings = TriageSettings.current()
    report = ReportFactory(title="Jalan rusak", body="Jalan kabupaten rusak berlubang parah")

    routing.report_triage(report_id=report.pk)
    report.refresh_from_db()
    assert report.status == Status.BARU

    settings.auto_dispose = True
    settings.auto_dispose_threshold = 0.5
    settings.save()
    routing.report_triage(report_id=report.pk)

    report.refresh_from_db()
    assert report.status == Status.DIDISPOSISIKAN
    assert report.is_auto_disposed
    assert report.lead_agency == agencies["road"]


def test_coordinator_undoes_an_automatic_assignment(agencies, coordinator, officer_a):
    settings = TriageSettings.current()
    settings.auto_dispose, settings.auto_dispose_threshold = True, 0.5
    settings.save()
    report = ReportFactory(title="Jalan rusak", body="Jalan kabupaten rusak berlubang parah")
    routing.report_triage(report_id=report.pk)

    with pytest.raises(actions.PermissionDenied):
        actions.report_undo_dispose(report=report, actor=Actor(user=officer_a))
    report = actions.report_undo_dispose(report=report, actor=Actor(user=coordinator))

    assert report.status == Status.BARU
    assert report.lead_agency is None
    assert not report.is_auto_disposed


def test_a_disposition_by_a_coordinator_cannot_be_undone_as_automatic(agencies, coordinator):
    report = ReportFactory(title="Jalan rusak", body="Jalan kabupaten rusak berlubang parah")
    report = actions.report_dispose(report=report, actor=Actor(user=coordinator),
                                    agency=agencies["road"])

    with pytest.raises(InvalidTransition):
        actions.report_undo_dispose(report=report, actor=Actor(user=coordinator))


def test_a_topic_never_seen_in_training_goes_to_the_agency_of_its_kind():
    from jembatan.triage.lexicon import Topic
    from jembatan.triage.router import TrainedRouter

    topics = [
        Topic("pencurian", ("kepolisian",), (), ("maling", "dicuri", "kemalingan")),
        Topic("judi", ("kepolisian",), (), ("togel", "judi", "sabung ayam")),
        Topic("jalan", ("pekerjaan umum",), (), ("jalan rusak", "aspal", "jalan berlubang")),
        Topic("air", ("air minum",), (), ("air pdam", "pipa bocor", "air keruh")),
    ]
    texts = {
        "polisi": ["motor saya dicuri di pasar", "rumah kemalingan semalam", "ada maling ayam",
                   "sepeda dicuri di sekolah", "warung kemalingan lagi"],
        "pu": ["jalan rusak di desa kami", "aspal mengelupas di tikungan",
               "jalan berlubang dekat sekolah", "aspal jalan retak", "jalan rusak parah"],
        "pdam": ["air pdam mati", "pipa bocor di gang", "air keruh dari kran",
                 "air pdam kecil", "pipa bocor depan rumah"],
    }
    router = TrainedRouter(topics).fit([t for ts in texts.values() for t in ts],
                                       [label for label, ts in texts.items() for _t in ts])

    # "togel" is in no training message; its topic shares the kind of agency of theft.
    assert router.predict("banyak yang main togel").label == "polisi"


def test_triage_without_any_agency_suggests_nothing_instead_of_failing(db):
    report = ReportFactory(title="Jalan rusak", body="Jalan kabupaten rusak berlubang parah")

    routing.report_triage(report_id=report.pk)

    report.refresh_from_db()
    assert report.suggested_agency is None
    assert report.suggestions == []


def test_an_area_office_is_suggested_only_for_its_own_area(db):
    from jembatan.core.models import Agency
    from jembatan.reports.tests.factories import KecamatanFactory

    kertek = KecamatanFactory(name="Kertek")
    garung = KecamatanFactory(name="Garung")
    AgencyFactory(slug="kec-kertek", name="Kecamatan Kertek", kind=Agency.Kind.KECAMATAN,
                  region=kertek,
                  duties="Pelayanan administrasi kecamatan, surat rekomendasi izin keramaian.")
    AgencyFactory(slug="dpu", name="Dinas Pekerjaan Umum",
                  duties="Jalan kabupaten rusak, jembatan, drainase.")
    text = "Mohon surat rekomendasi izin keramaian untuk hajatan"

    here, _reasons = suggest_agencies(text, kecamatan_code=kertek.code)
    elsewhere, _reasons = suggest_agencies(text, kecamatan_code=garung.code)
    named, _reasons = suggest_agencies(f"{text} di Kertek",
                                                kecamatan_code=garung.code)

    assert here[0].agency.slug == "kec-kertek"
    assert "kec-kertek" not in [s.agency.slug for s in elsewhere]
    assert named[0].agency.slug == "kec-kertek"


def test_the_reading_is_one_audit_entry_by_the_system_without_the_reports_words(agencies):
    from jembatan.core.models import AuditEntry

    report = ReportFactory(title="Kebakaran", body="Ada kebakaran rumah, api membesar sekarang "
                                                    "dekat jalan rusak")

    routing.report_triage(report_id=report.pk, notify=False)

    entry = AuditEntry.objects.get(action="report_triage_record")
    assert entry.actor is None
    assert entry.actor_label == "sistem"
    assert entry.object_id == str(report.pk)
    report.refresh_from_db()
    assert entry.changes["is_urgent"] == [False, True]
    assert entry.changes["suggested_agency"] == [None, report.suggested_agency.slug]
    assert "kebakaran" not in str(entry.changes).lower()


def test_the_reading_leaves_the_reports_updated_time_alone(agencies):
    report = ReportFactory(title="Jalan rusak", body="Jalan kabupaten rusak berlubang parah")
    before = report.updated_at

    routing.report_triage(report_id=report.pk, notify=False)

    report.refresh_from_db()
    assert report.suggested_agency == agencies["road"]
    assert report.updated_at == before


def test_a_reading_after_a_correction_keeps_the_staffs_decision(agencies, coordinator):
    report = ReportFactory(title="Kebakaran", body="Ada kebakaran rumah, api membesar sekarang")
    routing.report_triage(report_id=report.pk, notify=False)
    actions.report_urgency_correct(report=report, actor=Actor(user=coordinator), urgent=False)
    report.refresh_from_db()
    reason = report.urgency_reason

    result = routing.report_triage(report_id=report.pk, notify=False)

    report.refresh_from_db()
    assert result["urgent"] is False
    assert not report.is_urgent
    assert report.urgency_reason == reason


def test_triage_trains_on_plain_decisions_handed_over_by_reports(agencies, coordinator):
    from jembatan.triage import sources

    dispose_all(ROAD, agencies["road"], coordinator)

    decisions = sources.decisions()
    assert sources.decision_count() == len(ROAD)
    assert decisions.labels == ["dpu"] * len(ROAD)
    assert decisions.texts[0] == f"{ROAD[0][:60]}. {ROAD[0]}"


def test_triage_learns_from_the_latest_decisions_only(agencies, coordinator):
    """A bounded window keeps training inside a task's time limit at any number of reports."""
    dispose_all(ROAD, agencies["road"], coordinator)
    dispose_all(WATER[:2], agencies["water"], coordinator)

    latest = routing.training_decisions(window=3)

    assert latest.labels == ["dpu", "pdam", "pdam"]  # oldest first, as training expects
    assert latest.texts[-1] == f"{WATER[1][:60]}. {WATER[1]}"


def test_the_scheduled_retraining_counts_the_decisions_made_since_the_last_model(
        agencies, coordinator, monkeypatch):
    from jembatan.triage import training

    dispose_all(ROAD, agencies["road"], coordinator)
    # A model trained now on fewer examples than there are decisions (its window).
    RoutingModel.objects.create(kind=RoutingModel.Kind.TRAINED, n_examples=2, blob=b"")
    settings = TriageSettings.current()
    settings.retrain_after = 3
    settings.save()
    retrained = []
    monkeypatch.setattr(training, "router_retrain", lambda: retrained.append(1))

    dispose_all(WATER[:2], agencies["water"], coordinator)
    training.retrain_if_due()
    assert retrained == []  # two new decisions: not yet

    dispose_all(WATER[2:3], agencies["water"], coordinator)
    training.retrain_if_due()
    assert retrained == [1]
