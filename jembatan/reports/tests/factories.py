"""Reports for tests, made through the real actions so that the clock, the timeline and the audit
trail run exactly as they do for a citizen.

ReportFactory submits a report (status baru) and keeps the access key the reporter was shown on
the instance as `report.access_key`. The helpers below move a report into each state with the
actions a coordinator, an officer or the reporter would take; they keep `access_key` too.
"""

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import factory

from jembatan.core.models import Region
from jembatan.core.tests.factories import RegionFactory
from jembatan.core.workflow import Actor
from jembatan.reports import actions
from jembatan.reports.models import Kind, Privacy, RejectionReason, Report

WIB = ZoneInfo("Asia/Jakarta")

REPORTER_NAME = "Sumarni Wulandari"
REPORTER_EMAIL = "sumarni.wulandari@contoh.id"
REPORTER_PHONE = "0812 3456 7890"
REPORTER_PHONE_E164 = "+6281234567890"

# The reporter proved by the access key (the tracking page or the API), without an account.
REPORTER = Actor(is_reporter=True)
NOBODY = Actor()


def wib(year, month, day, hour=10, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=WIB)


def end_of(year, month, day):
    """The moment a deadline on that day runs out: 23:59:59 WIB."""
    return dt.datetime(year, month, day, 23, 59, 59, tzinfo=WIB)


def staff(user) -> Actor:
    return Actor(user=user)


class KecamatanFactory(RegionFactory):
    level = Region.Level.KECAMATAN


class DesaFactory(RegionFactory):
    code = factory.LazyAttributeSequence(lambda o, n: f"{o.parent.code}.{2001 + n}")
    name = factory.Sequence(lambda n: f"Desa Uji {n}")
    level = Region.Level.DESA
    parent = factory.SubFactory(KecamatanFactory)


class ReportFactory(factory.Factory):
    """A report submitted through actions.report_submit (pass `at=` for a fixed receipt time)."""

    class Meta:
        model = Report

    kind = Kind.PENGADUAN
    title = factory.Sequence(lambda n: f"Jalan berlubang di depan SD Garung {n}")
    body = "Lubangnya dalam, sudah dua motor jatuh minggu ini. Mohon segera ditambal."
    privacy = Privacy.PUBLIK
    reporter_name = REPORTER_NAME
    reporter_email = REPORTER_EMAIL
    reporter_phone = REPORTER_PHONE
    at = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        report, access_key, _created = actions.report_submit(**kwargs)
        report.access_key = access_key
        return report


def _keep_key(new: Report, old: Report) -> Report:
    new.access_key = getattr(old, "access_key", "")
    return new


def dispose(report, coordinator, agency, *, at=None, supporting=()):
    return _keep_key(
        actions.report_dispose(report=report, actor=staff(coordinator), agency=agency,
                               supporting=supporting, at=at),
        report,
    )


def disposed_report(coordinator, agency, *, at=None, disposed_at=None, supporting=(), **kwargs):
    """Status didisposisikan: verified by the coordinator and given to `agency`."""
    report = ReportFactory(at=at, **kwargs)
    return dispose(report, coordinator, agency, at=disposed_at or at, supporting=supporting)


def in_progress_report(coordinator, officer, agency, *, at=None, acknowledged_at=None,
                       **kwargs):
    """Status diproses: the agency's officer started handling it."""
    report = disposed_report(coordinator, agency, at=at, **kwargs)
    return _keep_key(
        actions.report_acknowledge(report=report, actor=staff(officer),
                                   at=acknowledged_at or at),
        report,
    )


def answered_report(coordinator, officer, agency, *, at=None, answered_at=None,
                    answer="Lubang sudah ditambal oleh tim UPT Jalan pada hari Senin.", **kwargs):
    """Status ditindaklanjuti: the agency sent its follow-up answer."""
    report = in_progress_report(coordinator, officer, agency, at=at, **kwargs)
    return _keep_key(
        actions.report_respond(report=report, actor=staff(officer), message=answer,
                               at=answered_at or at),
        report,
    )


def held_report(coordinator, officer, agency, *, at=None, held_at=None,
                reason="Menunggu anggaran perubahan.", **kwargs):
    """Status ditunda: the clock is stopped."""
    report = in_progress_report(coordinator, officer, agency, at=at, **kwargs)
    return _keep_key(
        actions.report_hold(report=report, actor=staff(officer), reason=reason,
                            at=held_at or at),
        report,
    )


def closed_report(coordinator, officer, agency, *, at=None, closed_at=None, **kwargs):
    """Status selesai: answered, then closed by the coordinator."""
    report = answered_report(coordinator, officer, agency, at=at, **kwargs)
    return _keep_key(
        actions.report_close(report=report, actor=staff(coordinator), at=closed_at or at),
        report,
    )


def rejected_report(coordinator, *, at=None, reason=RejectionReason.INCOMPLETE, **kwargs):
    """Status ditolak: refused by the coordinator at verification."""
    report = ReportFactory(at=at, **kwargs)
    return _keep_key(
        actions.report_reject(report=report, actor=staff(coordinator), reason=reason, at=at),
        report,
    )


def merged_report(coordinator, into, *, at=None, **kwargs):
    """Status digabung: folded into `into` as a duplicate."""
    report = ReportFactory(at=at, **kwargs)
    return _keep_key(
        actions.report_merge(report=report, actor=staff(coordinator), into=into, at=at),
        report,
    )


def objected_report(coordinator, officer, agency, *, at=None, objected_at=None,
                    reason="Jawaban tidak memuat dokumen yang saya minta.", **kwargs):
    """An informasi request answered by the agency, with an open objection (keberatan)."""
    kwargs.setdefault("kind", Kind.INFORMASI)
    report = answered_report(coordinator, officer, agency, at=at, **kwargs)
    return _keep_key(
        actions.report_object(report=report, actor=REPORTER, reason=reason,
                              at=objected_at or at),
        report,
    )


# --- what a browser posts ---------------------------------------------------------------------


def report_form_data(**overrides) -> dict:
    """A valid POST of the public report form; each call is a new submission."""
    data = {
        "kind": Kind.PENGADUAN,
        "title": "Jalan berlubang di depan SD Garung 2",
        "body": "Lubangnya dalam, sudah dua motor jatuh minggu ini. Mohon segera ditambal.",
        "address": "Depan SD Garung 2",
        "reporter_name": REPORTER_NAME,
        "reporter_email": REPORTER_EMAIL,
        "reporter_phone": REPORTER_PHONE,
        "privacy": Privacy.PUBLIK,
        "consent": "on",
        "website": "",
        "idempotency_key": uuid.uuid4().hex,
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
