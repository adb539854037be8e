"""The open datasets: what each holds and the meaning, type and unit of every column (the data
dictionary). The page, the catalogues (DCAT), the Table Schema and the files all read this.

Column names are stable machine names (they are the files' headers, which programs read); the
words people read are the titles and meanings, translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Counts of reports, people or ratings below this are published as suppressed (empty, with the
# row's `disamarkan` flag set), and so are the times and rates measured on fewer.
SMALL_CELL = 5
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENSE_NAME = "CC BY 4.0"

# Frictionless Table Schema types, which CKAN's DataStore and most tools read.
TYPES = {
    "string": pgettext_lazy("data type", "text"),
    "integer": pgettext_lazy("data type", "whole number"),
    "number": pgettext_lazy("data type", "number"),
    "date": pgettext_lazy("data type", "date (YYYY-MM-DD)"),
    "datetime": pgettext_lazy("data type", "date and time (ISO 8601, Jakarta time)"),
    "boolean": pgettext_lazy("data type", "true or false"),
}


@dataclass(frozen=True)
class Column:
    name: str
    meaning: Promise
    type: str
    unit: Promise | str = ""
    suppressible: bool = False  # may be empty under the small-cell rule

    @property
    def type_label(self) -> str:
        return str(TYPES[self.type])


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: Promise
    description: Promise
    keywords: tuple[str, ...]
    columns: tuple[Column, ...]
    has_temporal: bool = True  # its rows are dated (the catalogue gives their first/last day)

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


REPORTS = _("reports")
DAYS = _("working days")
HOURS = _("working hours")
PERCENT = _("percent")

_AGENCY = (
    Column("kode_instansi", _("The agency's short code in Jembatan (the last part of its page's "
                              "address)."), "string"),
    Column("nama_instansi", _("The agency's name."), "string"),
)

# The last column of the datasets with counts: which rows the small-cell rule touched.
_SUPPRESSED = Column("disamarkan", _("Whether some values of the row are suppressed because "
                                     "they count fewer than 5."), "boolean")

DATASETS: tuple[Dataset, ...] = (
    Dataset(
        slug="laporan-harian",
        title=_("Public reports per day, agency, kind and kecamatan"),
        description=_(
            "How many public reports (complaints, suggestions, requests for information and "
            "questions) each agency received on each day, per kind and kecamatan, where they "
            "stand now and how quickly they were handled, in working days and working hours "
            "of the legal calendar. A report counts for the agency on the Jakarta day the "
            "coordinator disposed it to that agency. No names, contacts or report texts: only "
            "counts. Counts from 1 to 4 are suppressed to protect the reporters."),
        keywords=("pengaduan", "laporan warga", "pelayanan publik", "kinerja", "kecamatan"),
        columns=(
            Column("tanggal", _("The Jakarta day the reports were disposed to the agency."),
                   "date"),
            *_AGENCY,
            Column("jenis", _("The kind of report: pengaduan (complaint), aspirasi "
                              "(suggestion), informasi (request for information, UU 14/2008) "
                              "or pertanyaan (question)."), "string"),
            Column("kode_kecamatan", _("The kecamatan's Kemendagri code; empty when the "
                                       "reporter gave no place."), "string"),
            Column("nama_kecamatan", _("The kecamatan's name."), "string"),
            Column("jumlah_laporan", _("Reports received."), "integer", REPORTS, True),
            Column("status_diproses", _("Of these, reports still being handled now (waiting, "
                                        "in progress or on hold)."), "integer", REPORTS, True),
            Column("status_ditindaklanjuti", _("Of these, reports answered and waiting for "
                                               "the reporter to close them."), "integer",
                   REPORTS, True),
            Column("status_selesai", _("Of these, reports closed."), "integer", REPORTS, True),
            Column("status_ditolak_digabung", _("Of these, reports rejected or merged into "
                                                "another report about the same matter."),
                   "integer", REPORTS, True),
            Column("diverifikasi_tepat_waktu", _("Reports disposed at the latest 3 working "
                                                 "days after they arrived."), "integer",
                   REPORTS, True),
            Column("tindak_lanjut_diukur", _("Reports whose follow-up clock has stopped or "
                                             "run out (the ones measured for being on time)."),
                   "integer", REPORTS, True),
            Column("tindak_lanjut_tepat_waktu", _(
                "Reports answered at the latest 5 working days after disposition (a request for "
                "information: 10 working days after it arrived, 17 when extended)."),
                "integer", REPORTS, True),
            Column("respons_pertama_median_jam", _(
                "The middle value of the time from disposition to the agency's first public "
                "response, in hours on working days."), "number", HOURS, True),
            Column("penyelesaian_median_hari_kerja", _(
                "The middle value of the working days from arrival to the answer, for answered "
                "reports."), "number", DAYS, True),
            _SUPPRESSED,
        ),
    ),
    Dataset(
        slug="kinerja-instansi",
        title=_("Agency scorecards per month"),
        description=_(
            "Each agency's performance figures per calendar month (the running month up to the "
            "day of the export), as on the public scorecard: reports received, answered on "
            "time, first response, ratings, replies on social media, informative posts and public "
            "consultations. Only the figures the coordinator made public are filled; the "
            "others are empty. Counts from 1 to 4, and the rates and times measured on fewer "
            "than 5 reports or ratings, are suppressed."),
        keywords=("kinerja", "instansi", "rapor", "pelayanan publik"),
        columns=(
            Column("bulan", _("The month (YYYY-MM)."), "string"),
            Column("periode_mulai", _("The first day counted."), "date"),
            Column("periode_selesai", _("The last day counted."), "date"),
            *_AGENCY,
            Column("laporan_diterima", _("Reports disposed to the agency as lead agency in "
                                         "the month."), "integer", REPORTS, True),
            Column("diverifikasi_tepat_waktu_persen", _(
                "Share of those reports disposed at the latest 3 working days after they "
                "arrived."), "number", PERCENT, True),
            Column("ditindaklanjuti_tepat_waktu_persen", _(
                "Share of the measured reports answered on time (5 working days after "
                "disposition; information requests 10, or 17 when extended)."), "number",
                PERCENT, True),
            Column("respons_pertama_median_jam", _(
                "Middle value of the time to the first public response."), "number", HOURS,
                True),
            Column("respons_pertama_p90_jam", _(
                "Nine in ten reports got their first public response within this time."),
                "number", HOURS, True),
            Column("penyelesaian_median_hari_kerja", _(
                "Middle value of the time from arrival to the answer."), "number", DAYS, True),
            Column("penyelesaian_p90_hari_kerja", _(
                "Nine in ten answered reports were answered within this time."), "number", DAYS,
                True),
            Column("dibuka_kembali_persen", _(
                "Share of answered reports the reporter reopened."), "number", PERCENT, True),
            Column("penilaian_rata_rata", _("Average rating from 1 to 5 given by reporters."),
                   "number", _("score 1–5"), True),
            Column("media_sosial_dibalas_persen", _(
                "Share of WhatsApp, Facebook, Instagram and email conversations needing a reply "
                "that got one."), "number", PERCENT),
            Column("media_sosial_balasan_median_menit", _(
                "Middle value of the minutes to the first reply on social media and email."),
                "number", _("minutes")),
            Column("berita_informatif_persen", _(
                "Share of the agency's published posts rated informative rather than "
                "ceremonial."), "number", PERCENT),
            Column("peserta_konsultasi", _(
                "People who took part in the agency's public consultations that closed in the "
                "month."), "integer", _("people"), True),
            Column("konsultasi_dijawab_median_hari_kerja", _(
                "Middle value of the working days from a consultation's close to its published "
                "answer."), "number", DAYS),
            _SUPPRESSED,
        ),
    ),
    Dataset(
        slug="berita",
        title=_("Published news"),
        description=_(
            "Every post published on the portal's news pages: title, link, agencies, topic, "
            "publication time and the information-value checker's verdict."),
        keywords=("berita", "informasi publik", "humas"),
        columns=(
            Column("id", _("The post's number."), "integer"),
            Column("judul", _("The title."), "string"),
            Column("tautan", _("The address of the article."), "string"),
            *_AGENCY,
            Column("instansi_pendamping", _("The co-author agencies' names, separated by "
                                            "semicolons."), "string"),
            Column("topik", _("The topic the agency gave the post."), "string"),
            Column("diterbitkan", _("When it was published."), "datetime"),
            Column("nilai_informasi", _("informatif (says what, when, where, how, cost and "
                                        "contact) or seremonial; empty when not checked."),
                   "string"),
        ),
    ),
    Dataset(
        slug="konsultasi-publik",
        title=_("Public consultations"),
        description=_(
            "Every public consultation the public can read: what was put before the public, "
            "by which agency, when it was open, how many comments it received and the summary "
            "of the agency's answer."),
        keywords=("konsultasi publik", "partisipasi", "kebijakan", "regulasi"),
        columns=(
            Column("id", _("The consultation's number."), "integer"),
            Column("judul", _("The title."), "string"),
            Column("ringkasan", _("The summary of the draft."), "string"),
            Column("jenis", _("kebijakan (policy), rancangan_regulasi (regulation draft), "
                              "program (programme) or anggaran (budget)."), "string"),
            Column("status", _("dijadwalkan (scheduled), dibuka (open), ditutup (closed) or "
                                "dijawab (answered)."), "string"),
            *_AGENCY,
            Column("dibuka", _("When it opened for input."), "datetime"),
            Column("ditutup", _("When it closed."), "datetime"),
            Column("dijawab", _("When the agency published its answer; empty before."),
                   "datetime"),
            Column("jumlah_komentar", _("Published comments (as counted on its page)."),
                   "integer", _("comments")),
            Column("ringkasan_jawaban", _("The summary of the agency's answer."), "string"),
            Column("tautan", _("The address of the consultation."), "string"),
        ),
    ),
    Dataset(
        slug="jawaban-konsultasi",
        title=_("Official answers to public consultations"),
        description=_(
            "The official answers of answered public consultations: one row per theme the "
            "agency grouped the comments into and per comment it answered on its own, with "
            "its decision (accepted, partly accepted, not accepted) and the answer. Comments "
            "are referred to by number only; their authors are never named."),
        keywords=("konsultasi publik", "jawaban resmi", "partisipasi"),
        columns=(
            Column("id_konsultasi", _("The consultation's number."), "integer"),
            Column("judul_konsultasi", _("The consultation's title."), "string"),
            Column("jenis_jawaban", _("tema (an answer to a theme) or komentar (an answer to "
                                      "one comment)."), "string"),
            Column("tema", _("The theme's title."), "string"),
            Column("nomor_komentar", _("The comment's number on the consultation page, for an "
                                       "answer to one comment."), "integer"),
            Column("keputusan", _("diterima (accepted), diterima_sebagian (partly accepted) or "
                                   "tidak_diterima (not accepted)."), "string"),
            Column("jawaban", _("The official answer (personal data masked)."), "string"),
            Column("dijawab", _("When the answers were published."), "datetime"),
            Column("tautan", _("The address of the page with the consultation's answers."),
                   "string"),
        ),
    ),
)

BY_SLUG = {dataset.slug: dataset for dataset in DATASETS}
FORMATS = {"csv": "text/csv", "json": "application/json"}
