"""The rows of each open dataset, read a chunk at a time, with the small-cell rule applied.

Reports are counted by the insights' own facts (the definitions of decision 0031: the Jakarta day
of disposition, working days of the legal calendar), a month of reports at a time, so the daily
export never holds more than a month's cells in memory. The scorecards are read from the
insights rollups. No row carries a name, a contact or a report's text: the reports datasets are
counts only, and the free text of the news and consultations is written by the agencies and
masked all the same (`public_text`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Min

from jembatan.opendata.datasets import SMALL_CELL

Row = dict


def small(count: int | None) -> bool:
    """A count of 1 to 4: it could point at a person, so it is not published."""
    return count is not None and 0 < count < SMALL_CELL


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _months(first: dt.date, last: dt.date) -> Iterator[tuple[dt.date, dt.date]]:
    """(first day, last day) of each calendar month of first..last, clipped to both ends."""
    start = first
    while start <= last:
        following = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        yield start, min(last, following - dt.timedelta(days=1))
        start = following


# --- Reports per day, agency, kind and kecamatan -----------------------------------------------

# Where a report stands now, in four groups that add up to the reports received.
STATUS_GROUPS = {
    "status_diproses": ("baru", "didisposisikan", "diproses", "ditunda"),
    "status_ditindaklanjuti": ("ditindaklanjuti",),
    "status_selesai": ("selesai",),
    "status_ditolak_digabung": ("ditolak", "digabung"),
}
GROUP_OF = {status: group for group, statuses in STATUS_GROUPS.items() for status in statuses}


@dataclass
class _Cell:
    received: int = 0
    statuses: dict = field(default_factory=lambda: dict.fromkeys(STATUS_GROUPS, 0))
    verified_on_time: int = 0
    follow_up_measured: int = 0
    followed_up_on_time: int = 0
    first_response: dict = field(default_factory=dict)
    resolution: dict = field(default_factory=dict)


def _median(hist: dict[int, int], *, scale: int = 1) -> float | None:
    from jembatan.insights.facts import quantile

    if sum(hist.values()) < SMALL_CELL:
        return None
    value = quantile(hist, 0.5)
    return None if value is None else round(value / scale, 1)


def _report_row(key: tuple, cell: _Cell, agencies: dict, kecamatan: dict) -> Row:
    from jembatan.insights.facts import HOUR_STEP

    day, agency_id, kind, kecamatan_code = key
    slug, name = agencies.get(agency_id, ("", ""))
    row: Row = {
        "tanggal": day, "kode_instansi": slug, "nama_instansi": name, "jenis": kind,
        "kode_kecamatan": kecamatan_code, "nama_kecamatan": kecamatan.get(kecamatan_code, ""),
    }
    counts = {"jumlah_laporan": cell.received, **cell.statuses,
              "diverifikasi_tepat_waktu": cell.verified_on_time,
              "tindak_lanjut_diukur": cell.follow_up_measured,
              "tindak_lanjut_tepat_waktu": cell.followed_up_on_time}
    first_response = _median(cell.first_response, scale=HOUR_STEP)
    resolution = _median(cell.resolution)
    suppressed = small(cell.received)
    if suppressed:
        # Fewer than 5 reports: every figure of the row would describe them.
        counts = dict.fromkeys(counts)
        first_response = resolution = None
    else:
        hidden = {name for name, count in counts.items() if small(count)}
        groups = [name for name in STATUS_GROUPS if name in hidden]
        if len(groups) == 1:
            # The four groups add up to the total: one hidden group alone could be worked out
            # from the others, so the smallest other non-zero group is hidden with it.
            others = [name for name in STATUS_GROUPS if name not in hidden and counts[name]]
            if others:
                hidden.add(min(others, key=lambda name: counts[name]))
        suppressed = bool(hidden) or (
            first_response is None and sum(cell.first_response.values()) > 0) or (
            resolution is None and sum(cell.resolution.values()) > 0)
        counts = {name: None if name in hidden else count for name, count in counts.items()}
    row.update(counts)
    row["respons_pertama_median_jam"] = first_response
    row["penyelesaian_median_hari_kerja"] = resolution
    row["disamarkan"] = bool(suppressed)
    return row


def report_rows(*, now: dt.datetime) -> Iterator[Row]:
    """One row per (day, agency, kind, kecamatan) with reports, oldest day first."""
    from jembatan.core.models import Agency, Region
    from jembatan.insights import facts
    from jembatan.insights.workdays import local_date
    from jembatan.reports.models import Report

    first = Report.objects.filter(lead_agency__isnull=False).aggregate(
        first=Min("disposed_at"))["first"]
    if first is None:
        return
    agencies = {pk: (slug, name) for pk, slug, name in
                Agency.objects.values_list("pk", "slug", "name")}
    kecamatan = dict(Region.objects.filter(level=Region.Level.KECAMATAN)
                     .values_list("code", "name"))
    table = facts.workday_table(local_date(first), local_date(now))
    for start, end in _months(local_date(first), local_date(now)):
        cells: dict[tuple, _Cell] = {}
        for fact in facts.report_facts(first=start, last=end, now=now, table=table):
            key = (fact.day, fact.agency_id, fact.kind, fact.kecamatan_id)
            cell = cells.get(key)
            if cell is None:
                cell = cells[key] = _Cell()
            cell.received += 1
            cell.statuses[GROUP_OF.get(fact.status, "status_diproses")] += 1
            cell.verified_on_time += fact.verified_on_time
            if fact.followed_up_on_time is not None:
                cell.follow_up_measured += 1
                cell.followed_up_on_time += fact.followed_up_on_time
            if fact.first_response_tenths is not None:
                hist = cell.first_response
                hist[fact.first_response_tenths] = hist.get(fact.first_response_tenths, 0) + 1
            if fact.resolution_days is not None:
                hist = cell.resolution
                hist[fact.resolution_days] = hist.get(fact.resolution_days, 0) + 1
        for key in sorted(cells, key=lambda k: (k[0], agencies.get(k[1], ("", ""))[0], k[2],
                                                k[3])):
            yield _report_row(key, cells[key], agencies, kecamatan)


# --- Agency scorecards per month ---------------------------------------------------------------

# Column → the insights figure it publishes, and whether it is a share (shown in percent).
SCORECARD_COLUMNS = {
    "laporan_diterima": ("received", False),
    "diverifikasi_tepat_waktu_persen": ("verified_on_time_rate", True),
    "ditindaklanjuti_tepat_waktu_persen": ("followed_up_on_time_rate", True),
    "respons_pertama_median_jam": ("first_response_hours_median", False),
    "respons_pertama_p90_jam": ("first_response_hours_p90", False),
    "penyelesaian_median_hari_kerja": ("resolution_days_median", False),
    "penyelesaian_p90_hari_kerja": ("resolution_days_p90", False),
    "dibuka_kembali_persen": ("reopen_rate", True),
    "penilaian_rata_rata": ("rating_mean", False),
    "media_sosial_dibalas_persen": ("social_reply_rate", True),
    "media_sosial_balasan_median_menit": ("social_reply_minutes_median", False),
    "berita_informatif_persen": ("informative_share", True),
    "peserta_konsultasi": ("consultation_participants", False),
    "konsultasi_dijawab_median_hari_kerja": ("consultation_answer_days_median", False),
}
REPORT_FIGURES = ("received", "verified_on_time_rate", "followed_up_on_time_rate",
                  "first_response_hours_median", "first_response_hours_p90",
                  "resolution_days_median", "resolution_days_p90", "reopen_rate", "rating_mean")


def _small_bases(tally) -> set[str]:
    """The figures measured on 1 to 4 reports, ratings, people or conversations."""
    hidden: set[str] = set()
    if small(tally.received):
        hidden.update(REPORT_FIGURES)
    if small(tally.follow_up_measured):
        hidden.add("followed_up_on_time_rate")
    if small(sum(tally.first_response.values())):
        hidden.update(("first_response_hours_median", "first_response_hours_p90"))
    if small(sum(tally.resolution.values())):
        hidden.update(("resolution_days_median", "resolution_days_p90"))
    if small(tally.answered):
        hidden.add("reopen_rate")
    if small(sum(tally.ratings.values())):
        hidden.add("rating_mean")
    if small(tally.social_needed):
        hidden.update(("social_reply_rate", "social_reply_minutes_median"))
    if small(tally.consultation_participants):
        hidden.add("consultation_participants")
    return hidden


def scorecard_rows(*, now: dt.datetime) -> Iterator[Row]:
    """One row per active agency and calendar month since the first counted day."""
    from jembatan.core.models import Agency
    from jembatan.insights import rollups
    from jembatan.insights.facts import Tally
    from jembatan.insights.models import DayFigures
    from jembatan.insights.selectors import figures_from, public_metric_keys
    from jembatan.insights.workdays import local_date

    first = DayFigures.objects.filter(agency__isnull=False).aggregate(first=Min("day"))["first"]
    if first is None:
        return
    public = public_metric_keys()
    agencies = list(Agency.objects.active().order_by("name", "pk").values_list(
        "pk", "slug", "name"))
    for start, end in _months(first.replace(day=1), local_date(now)):
        tallies = rollups.tallies_by_agency(start, end)
        for pk, slug, name in agencies:
            tally = tallies.get(pk, Tally())
            figures = figures_from(tally, agency_id=pk, slug=slug, name=name)
            hidden = _small_bases(tally)
            row: Row = {"bulan": start.strftime("%Y-%m"), "periode_mulai": start,
                        "periode_selesai": end, "kode_instansi": slug, "nama_instansi": name}
            suppressed = False
            for column, (key, is_share) in SCORECARD_COLUMNS.items():
                value = getattr(figures, key)
                if key not in public:
                    value = None
                elif key in hidden:
                    suppressed = suppressed or value not in (None, 0)
                    value = None
                elif value is not None and is_share:
                    value = round(value * 100, 1)
                row[column] = value
            row["disamarkan"] = suppressed
            yield row


# --- News and consultations --------------------------------------------------------------------


def post_rows(*, now: dt.datetime) -> Iterator[Row]:
    from django.db.models import Prefetch

    from jembatan.content.models import Post, PostStatus
    from jembatan.core.models import Agency
    from jembatan.reports.selectors import public_text

    posts = (Post.objects.filter(status=PostStatus.PUBLISHED, published_at__lte=now)
             .select_related("lead_agency")
             .prefetch_related(Prefetch("co_authors", queryset=Agency.objects.order_by("name")))
             .order_by("published_at", "pk"))
    for post in posts.iterator(chunk_size=2000):
        yield {
            "id": post.pk, "judul": public_text(post.title),
            "tautan": _absolute(post.get_absolute_url()),
            "kode_instansi": post.lead_agency.slug, "nama_instansi": post.lead_agency.name,
            "instansi_pendamping": "; ".join(agency.name for agency in post.co_authors.all()),
            "topik": post.topic, "diterbitkan": post.published_at,
            "nilai_informasi": post.info_label,
        }


CONSULTATION_KINDS = {"policy": "kebijakan", "regulation": "rancangan_regulasi",
                      "programme": "program", "budget": "anggaran"}
CONSULTATION_STATUSES = {"scheduled": "dijadwalkan", "open": "dibuka", "closed": "ditutup",
                         "answered": "dijawab"}
DECISIONS = {"accepted": "diterima", "partly": "diterima_sebagian",
             "not_accepted": "tidak_diterima"}


def consultation_rows(*, now: dt.datetime) -> Iterator[Row]:
    from jembatan.participation.selectors import consultations_public
    from jembatan.reports.selectors import public_text

    for consultation in consultations_public().order_by("opens_at", "pk").iterator(
            chunk_size=500):
        yield {
            "id": consultation.pk, "judul": public_text(consultation.title),
            "ringkasan": public_text(consultation.summary),
            "jenis": CONSULTATION_KINDS.get(consultation.kind, consultation.kind),
            "status": CONSULTATION_STATUSES.get(consultation.status, consultation.status),
            "kode_instansi": consultation.lead_agency.slug,
            "nama_instansi": consultation.lead_agency.name,
            "dibuka": consultation.opens_at, "ditutup": consultation.closes_at,
            "dijawab": consultation.answered_at, "jumlah_komentar": consultation.comment_count,
            "ringkasan_jawaban": public_text(consultation.answer_summary),
            "tautan": _absolute(consultation.get_absolute_url()),
        }


def answer_rows(*, now: dt.datetime) -> Iterator[Row]:
    from django.urls import reverse

    from jembatan.participation.models import Comment, Consultation
    from jembatan.reports.selectors import public_text

    answered = Consultation.objects.filter(status=Consultation.Status.ANSWERED).order_by(
        "answered_at", "pk")
    for consultation in answered.iterator(chunk_size=100):
        base = {"id_konsultasi": consultation.pk,
                "judul_konsultasi": public_text(consultation.title),
                "dijawab": consultation.answered_at,
                "tautan": _absolute(reverse("participation:answers",
                                            kwargs={"pk": consultation.pk}))}
        for theme in consultation.themes.order_by("position", "pk"):
            if not (theme.answer or theme.answer_status):
                continue
            yield {**base, "jenis_jawaban": "tema", "tema": public_text(theme.title),
                   "nomor_komentar": None,
                   "keputusan": DECISIONS.get(theme.answer_status, ""),
                   "jawaban": public_text(theme.answer)}
        comments = (consultation.comments.filter(status=Comment.Status.PUBLISHED)
                    .exclude(answer="", answer_status="").select_related("theme")
                    .order_by("created_at", "pk"))
        for comment in comments.iterator(chunk_size=1000):
            yield {**base, "jenis_jawaban": "komentar",
                   "tema": public_text(comment.theme.title) if comment.theme else "",
                   "nomor_komentar": comment.pk,
                   "keputusan": DECISIONS.get(comment.answer_status, ""),
                   "jawaban": public_text(comment.answer)}


# Each dataset's rows, and the columns that date them (for the catalogue's temporal coverage).
BUILDERS = {
    "laporan-harian": (report_rows, ("tanggal",)),
    "kinerja-instansi": (scorecard_rows, ("periode_mulai", "periode_selesai")),
    "berita": (post_rows, ("diterbitkan",)),
    "konsultasi-publik": (consultation_rows, ("dibuka", "ditutup")),
    "jawaban-konsultasi": (answer_rows, ("dijawab",)),
}
