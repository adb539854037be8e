"""LAPOR!'s lampiran: downloaded after the import through the report form's upload checks;
one that cannot be stored never fails the import, says why on the staff panel, and is tried
again at the next import. Exports list attachment metadata, with an address only where anyone
may open the file."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from jembatan.core.uploads import MAX_BYTES
from jembatan.core.workflow import Actor
from jembatan.lapor.attachments import lapor_attachments_fetch
from jembatan.lapor.exports import lapor_row, reports_for_lapor
from jembatan.lapor.models import LaporAttachment
from jembatan.lapor.templatetags.lapor_tags import lapor_panel
from jembatan.lapor.tests.conftest import png_bytes
from jembatan.reports import actions
from jembatan.reports.models import Attachment, Report

pytestmark = pytest.mark.django_db


def _lampiran(api, *names):
    return [{"nama": name, "url": api.file_url(name), "jenis": "image/png"} for name in names]


def test_attachments_are_downloaded_after_the_import_and_stored_cleaned(
        lapor_api, import_lapor, immediate_tasks, django_capture_on_commit_callbacks):
    lapor_api.files["foto-jalan.png"] = ("image/png", png_bytes())

    with django_capture_on_commit_callbacks(execute=True):
        report = import_lapor(lampiran=_lampiran(lapor_api, "foto-jalan.png"))

    stored = Attachment.objects.get(report=report)
    assert stored.content_type == "image/png"
    assert stored.original_name == "foto-jalan.png"
    row = LaporAttachment.objects.get(report=report)
    assert (row.state, row.attachment) == (LaporAttachment.State.STORED, stored)

    # A re-import lists the same file: it is not downloaded again.
    import_lapor(lampiran=_lampiran(lapor_api, "foto-jalan.png"))
    assert lapor_attachments_fetch(report_id=report.pk) == 0
    assert Attachment.objects.filter(report=report).count() == 1


def test_a_file_too_big_is_refused_without_failing_the_import(lapor_api, import_lapor):
    lapor_api.files["besar.png"] = ("image/png", b"\0" * (MAX_BYTES + 1))

    report = import_lapor(lampiran=_lampiran(lapor_api, "besar.png"))
    assert lapor_attachments_fetch(report_id=report.pk) == 0

    assert Report.objects.filter(pk=report.pk).exists()
    row = LaporAttachment.objects.get(report=report)
    assert row.state == LaporAttachment.State.FAILED
    assert row.reason == LaporAttachment.Reason.TOO_LARGE
    assert not Attachment.objects.filter(report=report).exists()


@pytest.mark.parametrize(("content_type", "data"), [
    ("text/html", b"<html><body>login</body></html>"),
    # Declared as a photo, but the bytes are not one: the bytes decide, as on the form.
    ("image/png", b"MZ\x90\x00 this is a program, not a photo"),
])
def test_a_file_of_the_wrong_type_is_refused(lapor_api, import_lapor, content_type, data):
    lapor_api.files["berkas.png"] = (content_type, data)

    report = import_lapor(lampiran=_lampiran(lapor_api, "berkas.png"))
    lapor_attachments_fetch(report_id=report.pk)

    row = LaporAttachment.objects.get(report=report)
    assert row.state == LaporAttachment.State.FAILED
    assert row.reason == LaporAttachment.Reason.BAD_TYPE
    assert not Attachment.objects.filter(report=report).exists()


def test_a_server_that_is_down_is_shown_and_tried_again_at_the_next_import(
        lapor_api, settings, import_lapor):
    lost = {"nama": "foto.png", "url": "http://127.0.0.1:9/files/foto.png", "jenis": "image/png"}
    report = import_lapor(lampiran=[lost])
    lapor_attachments_fetch(report_id=report.pk)

    row = LaporAttachment.objects.get(report=report)
    assert row.state == LaporAttachment.State.FAILED
    with translation.override("en"):
        panel = render_to_string("lapor/_panel.html", lapor_panel({}, report))
    assert "the server could not be reached" in panel

    import_lapor(lampiran=[lost])
    row.refresh_from_db()
    assert row.state == LaporAttachment.State.PENDING


def test_an_address_inside_the_network_is_never_fetched(lapor_api, settings, import_lapor):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    lapor_api.files["foto.png"] = ("image/png", png_bytes())

    report = import_lapor(lampiran=_lampiran(lapor_api, "foto.png"))
    lapor_attachments_fetch(report_id=report.pk)

    row = LaporAttachment.objects.get(report=report)
    assert (row.state, row.reason) == (LaporAttachment.State.FAILED,
                                       LaporAttachment.Reason.ADDRESS)
    assert not Attachment.objects.filter(report=report).exists()


def _exported(report):
    return lapor_row(reports_for_lapor().get(pk=report.pk))


def test_exports_list_attachments_with_an_address_only_where_the_report_is_public(
        lapor_api, import_lapor, coordinator, agency_a):
    lapor_api.files["foto-jalan.png"] = ("image/png", png_bytes())
    public = import_lapor(nomor_laporan="LPR-P", lampiran=_lampiran(lapor_api, "foto-jalan.png"))
    confidential = import_lapor(nomor_laporan="LPR-R", rahasia=True,
                                lampiran=_lampiran(lapor_api, "foto-jalan.png"))
    anonymous = import_lapor(nomor_laporan="LPR-A", anonim=True,
                             lampiran=_lampiran(lapor_api, "foto-jalan.png"))
    for report in (public, confidential, anonymous):
        lapor_attachments_fetch(report_id=report.pk)
        actions.report_dispose(report=report, actor=Actor(user=coordinator), agency=agency_a)

    [item] = _exported(public)["lampiran"]
    assert item["nama"] == "foto-jalan.png"
    assert item["jenis"] == "image/png"
    assert item["ukuran"] > 0
    assert item["url"].endswith(f"/laporan/{public.tracking_code}/lampiran/"
                                f"{public.attachments.get().pk}/")

    [hidden] = _exported(confidential)["lampiran"]
    assert "url" not in hidden
    assert hidden["nama"] == "lampiran-1.png"
    [unnamed] = _exported(anonymous)["lampiran"]
    assert unnamed["nama"] == "lampiran-1.png"
