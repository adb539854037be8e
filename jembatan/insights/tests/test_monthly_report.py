"""The monthly report: `manage.py monthly_report` writes a PDF whose text lists every active
agency with the same figures as the scorecard (and its API) for that month; the dashboard makes
the same in the background; the scheduled job emails it once on the month's first working day."""

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from jembatan.core.models import Agency
from jembatan.insights import actions, monthly, selectors, tables
from jembatan.insights.models import MonthlyReport
from jembatan.insights.periods import month_end

pytestmark = pytest.mark.django_db

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")
API_KEYS = ("received", "verified_on_time_rate", "followed_up_on_time_rate",
            "first_response_hours_median", "resolution_days_median", "rating_mean",
            "open_overdue", "social_reply_rate", "informative_share")


def _pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")]


def _agency_page(pages: list[str], name: str) -> str:
    found = [page for page in pages if page.startswith(" ".join(name.split()))]
    assert found, f"no page for {name}"
    return found[0]


def _assert_figures_in_order(page: str, figures: dict) -> None:
    """Each figure's text appears on the agency's page, in the order of the page's table."""
    position = 0
    for key in tables.AGENCY_KEYS:
        if key not in figures:
            continue
        expected = tables.text(key, figures[key])
        found = page.find(expected, position)
        assert found >= 0, (key, expected, page[position:position + 300])
        position = found + len(expected)


def _make(tmp_path, month: str) -> Path:
    target = tmp_path / "laporan.pdf"
    call_command("monthly_report", "--month", month, "--output", str(target))
    return target


@needs_pdftotext
def test_command_writes_a_pdf_listing_every_active_agency_with_its_figures(
        tmp_path, agency_a, agency_b, agency_c):
    Agency.objects.filter(pk=agency_c.pk).update(is_active=False)
    target = _make(tmp_path, "2026-11")

    assert target.read_bytes().startswith(b"%PDF")
    pages = _pdf_pages(target)
    start = dt.date(2026, 11, 1)
    quiet = [page for page in pages if "Instansi tanpa laporan bulan ini" in page]
    for item in selectors.scorecard(start, month_end(start)):
        if monthly.nothing_to_report(item):
            # Agencies with nothing to report share one page instead of a page each.
            assert " ".join(item.name.split()) in quiet[0]
            continue
        page = _agency_page(pages, item.name)
        _assert_figures_in_order(page, {key: getattr(item, key) for key in API_KEYS})
    assert not any(page.startswith(agency_c.name) for page in pages)
    assert not any(agency_c.name in page for page in quiet)


@needs_pdftotext
def test_an_agency_with_reports_has_its_own_page_and_the_quiet_ones_share_one(
        tmp_path, coordinator, agency_a, agency_b):
    from jembatan.insights import rollups
    from jembatan.reports.tests.factories import disposed_report, wib

    disposed_report(coordinator, agency_a, at=wib(2026, 11, 3, 9))
    rollups.rebuild_all()
    pages = _pdf_pages(_make(tmp_path, "2026-11"))
    item = selectors.agency_figures(agency_a, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    _assert_figures_in_order(_agency_page(pages, agency_a.name),
                             {key: getattr(item, key) for key in API_KEYS})
    quiet = [page for page in pages if "Instansi tanpa laporan bulan ini" in page]
    assert len(quiet) == 1
    assert " ".join(agency_b.name.split()) in quiet[0]
    assert not any(page.startswith(" ".join(agency_b.name.split())) for page in pages)


@pytest.mark.parametrize("month", ["2026-13", "November", ""])
def test_command_refuses_a_wrong_month(tmp_path, month):
    with pytest.raises(CommandError):
        call_command("monthly_report", "--month", month, "--output", str(tmp_path / "x.pdf"))


@needs_pdftotext
@pytest.mark.slow
def test_demo_report_matches_the_scorecard_api(wonosobo_demo, tmp_path, api, token_for):
    from jembatan.core.models import User

    coordinator_token = token_for(User.objects.get(username="koordinator"))
    today = dt.date.today()
    start = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    response = api.get(f"/api/v1/insights/scorecard?from={start}&to={month_end(start)}",
                       token=coordinator_token)
    if response.status_code == 404:
        pytest.skip("the scorecard API is not mounted on this branch")
    items = response.json()
    target = _make(tmp_path, f"{start:%Y-%m}")
    pages = _pdf_pages(target)

    assert len(items) == Agency.objects.active().count()
    quiet = {figures.name for figures in selectors.scorecard(start, month_end(start))
             if monthly.nothing_to_report(figures)}
    summary = " ".join(page for page in pages if "Instansi tanpa laporan bulan ini" in page)
    for item in items:
        if item["name"] in quiet:
            assert " ".join(item["name"].split()) in summary
            continue
        _assert_figures_in_order(_agency_page(pages, item["name"]),
                                 {key: item[key] for key in API_KEYS})


def test_coordinator_asks_for_the_report_and_downloads_it(
        login, coordinator, agency_a, immediate_tasks, django_capture_on_commit_callbacks):
    client = login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("insights:report_request"), {"bulan": _last_month()})

    report = MonthlyReport.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("insights:report_status", args=[report.pk])
    assert report.status == MonthlyReport.Status.DONE
    assert report.progress == 100
    status = client.get(response.url).content.decode()
    assert reverse("insights:report_download", args=[report.pk]) in status
    download = client.get(reverse("insights:report_download", args=[report.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_progress_fragment_polls_while_the_report_is_made(login, coordinator):
    report = MonthlyReport.objects.create(month=dt.date(2026, 11, 1), progress=40,
                                          status=MonthlyReport.Status.RUNNING,
                                          content_type="application/pdf", size=0,
                                          original_name="laporan-kinerja-2026-11.pdf")
    response = login(coordinator).get(reverse("insights:report_status", args=[report.pk]),
                                      HTTP_HX_REQUEST="true")

    content = response.content.decode()
    assert 'hx-trigger="every 2s"' in content
    assert '<progress id="report-bar" max="100" value="40">' in content


def test_officer_cannot_ask_for_the_report(login, officer_a):
    response = login(officer_a).post(reverse("insights:report_request"), {"bulan": _last_month()})

    assert response.status_code == 403
    assert not MonthlyReport.objects.exists()


def test_month_outside_the_list_is_refused_with_a_message(login, coordinator):
    response = login(coordinator).post(reverse("insights:report_request"), {"bulan": "1999-01"},
                                       follow=True)

    assert not MonthlyReport.objects.exists()
    assert response.status_code == 200
    assert b"message-error" in response.content


def test_report_request_is_audited(coordinator):
    from jembatan.core.models import AuditEntry

    report = actions.monthly_report_request(month=dt.date(2026, 11, 1), actor=coordinator)

    assert AuditEntry.objects.filter(action="insights_monthly_report_request",
                                     object_id=str(report.pk)).exists()


def test_report_is_emailed_once_on_the_first_working_day(coordinator, officer_a, citizen):
    # 1 December 2026 is a Tuesday, a working day.
    assert actions.monthly_report_send(today=dt.date(2026, 12, 1)) is not None
    assert actions.monthly_report_send(today=dt.date(2026, 12, 1)) is None

    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([coordinator.email, officer_a.email])
    assert mail.outbox[0].attachments[0][0] == "laporan-kinerja-2026-11.pdf"
    assert MonthlyReport.objects.get().month == dt.date(2026, 11, 1)


def test_report_reaches_the_bell_and_email_follows_each_persons_settings(
        coordinator, officer_a, officer_b):
    from jembatan.insights.monthly import MONTHLY_REPORT_KIND
    from jembatan.notifications.models import Frequency, Notification, Preference

    Preference.objects.create(user=officer_a, kind=MONTHLY_REPORT_KIND,
                              frequency=Frequency.NONE)
    Preference.objects.create(user=officer_b, kind=MONTHLY_REPORT_KIND,
                              frequency=Frequency.DAILY)
    report = actions.monthly_report_send(today=dt.date(2026, 12, 1))
    assert report is not None
    assert actions.monthly_report_send(today=dt.date(2026, 12, 1)) is None  # a rerun

    assert [message.to for message in mail.outbox] == [[coordinator.email]]
    bell = {n.recipient_id: n for n in Notification.objects.filter(kind=MONTHLY_REPORT_KIND)}
    assert set(bell) == {coordinator.pk, officer_a.pk, officer_b.pk}
    assert bell[coordinator.pk].url == reverse("insights:report_download", args=[report.pk])
    assert bell[officer_a.pk].url == reverse("insights:scorecard")
    # The digest lists it for whoever chose one; nobody is emailed it twice.
    assert bell[officer_b.pk].emailed_at is None
    assert bell[coordinator.pk].emailed_at is not None


def test_report_is_not_emailed_on_other_days(coordinator):
    assert actions.monthly_report_send(today=dt.date(2026, 12, 2)) is None
    assert not mail.outbox


def _last_month() -> str:
    from django.utils import timezone

    first = timezone.localdate().replace(day=1)
    return f"{first - dt.timedelta(days=1):%Y-%m}"


def test_month_pattern():
    assert re.fullmatch(r"\d{4}-\d{2}", _last_month())


def test_making_a_pdf_leaves_pillow_strict_about_broken_images(tmp_path, agency_a):
    from PIL import ImageFile

    _make(tmp_path, "2026-11")

    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def _waiting_report() -> MonthlyReport:
    return MonthlyReport.objects.create(month=dt.date(2026, 11, 1),
                                        content_type="application/pdf", size=0,
                                        original_name="laporan-kinerja-2026-11.pdf")


def test_officer_cannot_see_or_download_a_report(login, officer_a):
    report = _waiting_report()
    client = login(officer_a)

    assert client.get(reverse("insights:report_status", args=[report.pk])).status_code == 403
    assert client.get(reverse("insights:report_download", args=[report.pk])).status_code == 403


def test_unknown_report_is_404(login, coordinator):
    assert login(coordinator).get(reverse("insights:report_status", args=[999])).status_code == 404


def test_report_not_made_yet_cannot_be_downloaded(login, coordinator):
    report = _waiting_report()

    response = login(coordinator).get(reverse("insights:report_download", args=[report.pk]))

    assert response.status_code == 404
