"""Every field has a label in words, and the audit log's changes read as words (decision 0034).

The audit log and each page's "Jejak audit" name a change by the field's verbose_name; a field
without one showed Django's default, its English name ("needs reply is suggestion").
"""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import trans_real

from jembatan.core import words
from jembatan.core.models import AuditEntry


def _jembatan_fields():
    for model in apps.get_models():
        if not model.__module__.startswith("jembatan."):
            continue
        for field in model._meta.get_fields():
            if getattr(field, "concrete", False) and not field.auto_created:
                yield model, field


def test_every_model_field_has_a_translatable_label():
    missing = [f"{model._meta.label}.{field.name}" for model, field in _jembatan_fields()
               if not isinstance(field.verbose_name, Promise)]

    assert missing == [], "Give these fields a verbose_name with gettext_lazy: " + ", ".join(
        missing)


def test_every_field_label_is_in_the_indonesian_catalogue():
    catalogue = trans_real.translation("id")._catalog
    untranslated = sorted({
        field.verbose_name._args[0] for _model, field in _jembatan_fields()
        if isinstance(field.verbose_name, Promise) and not catalogue.get(
            field.verbose_name._args[0])
    })

    assert untranslated == []


def test_every_model_has_a_translatable_name():
    unnamed = [model._meta.label for model in apps.get_models()
               if model.__module__.startswith("jembatan.")
               and not (isinstance(model._meta.verbose_name, Promise)
                        and isinstance(model._meta.verbose_name_plural, Promise))]

    assert unnamed == []


def test_the_audit_filter_names_object_types_by_app_and_model_names(db):
    """The audit log's "object type" list shows a content type as "app | model"."""
    with translation.override("id"):
        names = [str(ContentType.objects.get_for_model(model)) for model in apps.get_models()
                 if model.__module__.startswith("jembatan.")]

    assert [name for name in names if "_" in name or "." in name] == []
    assert "Laporan publik | laporan" in names


# --- what real actions record, as the audit log shows it ------------------------------------------


MACHINE_WORD = re.compile(r"[a-z]+_[a-z_]+|\b(?:True|False|None)\b")


def _rows(obj, action: str) -> list[tuple[str, str, str]]:
    entry = AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk),
        action=action,
    ).latest("id")
    with translation.override("id"):
        rows = words.change_rows(type(obj), entry.changes)
    return [(row["label"], row["before"], row["after"]) for row in rows]


def _assert_words(rows) -> None:
    for label, before, after in rows:
        for text in (label, before, after):
            assert not MACHINE_WORD.search(text), text


def test_a_new_report_records_its_status_kind_and_channel_in_indonesian(db):
    from jembatan.reports.tests.factories import ReportFactory

    report = ReportFactory()

    rows = _rows(report, "report_submit")

    _assert_words(rows)
    assert ("Status", "—", "Baru") in rows
    assert ("Jenis", "—", "Pengaduan") in rows
    assert ("Saluran", "—", "Formulir web") in rows


def test_a_disposition_names_the_agency_and_the_status(db, coordinator, agency_a):
    from jembatan.reports.tests.factories import ReportFactory, dispose

    report = dispose(ReportFactory(), coordinator, agency_a)

    rows = _rows(report, "report_dispose")

    _assert_words(rows)
    assert ("Instansi utama", "—", str(agency_a)) in rows
    assert ("Status", "Baru", "Didisposisikan") in rows


def test_conversation_changes_read_as_words(db, officer_a, agency_a):
    from jembatan.connectors import actions
    from jembatan.connectors.tests.staff_factories import whatsapp

    conversation = whatsapp(agency_a)
    actions.conversation_assign(conversation=conversation, officer=officer_a, actor=officer_a)
    actions.conversation_needs_reply_set(conversation=conversation, needs=False, actor=officer_a)
    actions.conversation_close(conversation=conversation, actor=officer_a)

    assigned = _rows(conversation, "conversation_assign")
    needs_reply = _rows(conversation, "conversation_needs_reply")
    closed = _rows(conversation, "conversation_close")

    for rows in (assigned, needs_reply, closed):
        _assert_words(rows)
    # Stored by id; shown by name.
    assert assigned == [("Ditugaskan kepada", "—", "Eko Prasetyo")]
    assert needs_reply == [("Perlu dibalas", "Ya", "Tidak")]
    assert closed[0][0] == "Status"
    assert closed[0][2] == "Ditutup"


def test_a_reply_says_what_was_sent_not_the_message_id(db, officer_a, agency_a):
    from jembatan.connectors import actions
    from jembatan.connectors.tests.staff_factories import whatsapp

    conversation = whatsapp(agency_a)
    actions.conversation_reply(conversation=conversation, actor=officer_a,
                               body="Terima kasih, laporan Ibu kami teruskan ke DPUPR.")

    rows = _rows(conversation, "conversation_reply")

    assert rows == [("Jenis pesan", "—", "Pesan teks")]


# --- values in words ------------------------------------------------------------------------------


def _value(model, name, value):
    with translation.override("id"):
        return words.change_rows(model, {name: [None, value]})[0]["after"]


def test_yes_and_no_are_words():
    from jembatan.reports.models import Report

    assert _value(Report, "is_urgent", True) == "Ya"
    assert _value(Report, "is_urgent", False) == "Tidak"


def test_dates_and_times_read_in_indonesian():
    from jembatan.agency_requests.models import RequestTarget
    from jembatan.reports.models import Report

    assert _value(RequestTarget, "reminded_for", "2026-12-11") == "11 Des 2026"
    # Stored in UTC, shown in Wonosobo's time.
    assert _value(Report, "deadline", "2026-12-11T16:59:59+00:00") == "11 Des 2026 23:59"


def test_a_related_object_shows_its_name_whether_stored_as_name_id_or_slug(db, agency_a):
    from jembatan.reports.models import Report

    assert _value(Report, "lead_agency", agency_a.name) == agency_a.name
    assert _value(Report, "suggested_agency", agency_a.slug) == str(agency_a)
    assert _value(Report, "lead_agency", agency_a.pk) == str(agency_a)
    # Gone since: the stored text is all there is.
    assert _value(Report, "suggested_agency", "dinas-lama") == "dinas-lama"


def test_choices_lists_shares_and_structures_read_as_words(db, agency_a, agency_b):
    from jembatan.reports.models import Report

    assert _value(Report, "privacy", "anonim") == "Anonim"
    assert _value(Report, "supporting_agencies", [agency_a.name, agency_b.name]) == (
        f"{agency_a.name}, {agency_b.name}")
    assert _value(Report, "suggestion_confidence", 0.854) == "85%"
    assert _value(Report, "urgency_reason", {"words": "banjir", "time": "sekarang"}) == (
        "banjir, sekarang")


def test_public_figures_are_named_not_keyed():
    from jembatan.insights.metrics import METRICS
    from jembatan.insights.models import Publication

    with translation.override("id"):
        expected = str(METRICS["received"].label)
        shown = _value(Publication, "metric_keys", ["received"])

    assert shown == expected
    assert "received" not in shown


def test_an_account_token_change_reads_as_words():
    from jembatan.connectors.models import ConnectedAccount

    with translation.override("id"):
        rows = words.change_rows(ConnectedAccount, {"token": [None, "diganti"]})

    assert rows[0]["label"] == "Token akses"
    assert rows[0]["after"] == "Diganti"


@pytest.mark.parametrize("value", [None, "", []])
def test_nothing_reads_as_a_dash(value):
    from jembatan.reports.models import Report

    assert _value(Report, "lead_agency", value) == "—"


def test_agencies_asked_by_slug_are_named(db, agency_a, agency_b):
    from jembatan.agency_requests.models import AgencyRequest

    with translation.override("id"):
        rows = words.change_rows(AgencyRequest,
                                 {"asked": [None, [agency_a.slug, agency_b.slug]]})

    assert rows[0]["label"] == "Instansi yang diminta"
    assert rows[0]["after"] == f"{agency_a}, {agency_b}"


@pytest.mark.parametrize(("model_label", "name", "label"), [
    ("core.User", "devices", "Perangkat masuk dua langkah"),
    ("participation.Consultation", "sections", "Bagian"),
    ("participation.Consultation", "emails", "Email terkirim"),
    ("participation.Consultation", "attachment", "Lampiran"),
])
def test_changes_that_are_not_fields_have_labels(model_label, name, label):
    with translation.override("id"):
        assert words.field_label(apps.get_model(model_label), name) == label


@pytest.mark.parametrize(("model_label", "name", "stored", "label", "shown"), [
    ("reports.Report", "visibility", "public", "Visibilitas", "Balasan publik"),
    ("reports.Report", "score", 4, "Nilai", "4"),
    ("content.Post", "channels", ["whatsapp"], "Saluran", "Siaran WhatsApp"),
    ("content.Post", "image", "new", "Gambar", "Gambar baru"),
    ("agency_requests.AgencyRequest", "request_status", "in_progress",
     "Status permintaan secara keseluruhan", "Diproses"),
    ("participation.Consultation", "answer_status", "not_accepted", "Keputusan",
     "Tidak diterima"),
])
def test_changes_stored_as_codes_read_as_words(model_label, name, stored, label, shown):
    with translation.override("id"):
        rows = words.change_rows(apps.get_model(model_label), {name: [None, stored]})

    assert (rows[0]["label"], rows[0]["after"]) == (label, shown)


def test_a_theme_hides_the_ids_of_its_comments():
    from jembatan.participation.models import Consultation

    assert words.change_rows(Consultation, {"comments": [None, [98, 131]]}) == []


def test_the_activated_routing_model_is_named(db):
    from jembatan.triage.models import RoutingModel

    model = RoutingModel.objects.create(kind=RoutingModel.Kind.TRAINED, blob=b"")

    with translation.override("id"):
        rows = words.change_rows(RoutingModel, {"active_model": [None, model.pk]})

    assert rows[0]["label"] == "Model aktif"
    assert rows[0]["after"] == f"v{model.pk} dilatih dari disposisi"


def test_names_looked_up_once_serve_every_row(db, agency_a, django_assert_num_queries):
    from jembatan.reports.models import Report

    _value(Report, "suggested_agency", agency_a.slug)

    with django_assert_num_queries(0):
        for _row in range(20):
            assert _value(Report, "suggested_agency", agency_a.slug) == str(agency_a)


def test_a_joint_posts_channel_versions_and_approvals_read_as_words():
    from jembatan.content.models import Post

    with translation.override("id"):
        rows = words.change_rows(Post, {"version_whatsapp": [None, 120],
                                        "approvals": ["recorded", None]})

    assert [(row["label"], row["before"], row["after"]) for row in rows] == [
        ("Versi siaran WhatsApp", "—", "120 karakter"),
        ("Persetujuan", "tercatat", "—"),
    ]
