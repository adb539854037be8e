"""The requests between agencies in the Wonosobo demo, in every state, written through the real
actions so the audit trail and the statuses are what the product itself would have stored."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from jembatan.agency_requests import actions as requests_actions
from jembatan.agency_requests.models import AgencyRequest
from jembatan.core.models import Agency, User
from jembatan.core.quiet import notifications_suppressed
from jembatan.forum.demo.loader import moment_days_ago, staff_writing_for

# (requesting agency, asked agencies, kind, title, text, created days ago, due in days,
#  answers [(agency, action, note, hours after)], comments [(agency, text, hours after)],
#  cancelled)
REQUESTS = [
    ("diskominfo", ["bpbd", "dpupr"], "data", "Data titik rawan longsor untuk infografis",
     "Mohon daftar titik rawan longsor per kecamatan beserta jalur evakuasi, untuk "
     "infografis bersama musim hujan.", 4, 3,
     [("dpupr", "done", "Data ruas jalan rawan longsor terlampir di komentar.", 20),
      ("bpbd", "start", "", 26)],
     [("dpupr", "Terlampir daftar 14 ruas jalan kabupaten rawan longsor.", 20)], False),
    ("disparbud", ["diskominfo"], "material", "Foto Dieng Culture Festival",
     "Mohon foto resolusi tinggi Dieng Culture Festival untuk materi promosi wisata.", 12, -5,
     [("diskominfo", "done", "Sudah kami bagikan 25 foto lewat perpustakaan materi.", 30)],
     [("diskominfo", "Kredit: Tim Dokumentasi Diskominfo Wonosobo.", 30)], False),
    ("diskominfo", ["polres-wonosobo", "kodim-0707"], "quote",
     "Kutipan Kapolres dan Dandim untuk rilis Hari Jadi",
     "Satu atau dua kalimat ucapan dan pesan kamtibmas untuk rilis bersama Hari Jadi.", 3, 1,
     [("kodim-0707", "start", "", 5)], [], False),
    ("perumda-tirta-aji", ["dpupr", "kec-wonosobo"], "share",
     "Bagikan pengumuman gangguan air Wonosobo Timur",
     "Mohon dibagikan di akun resmi masing-masing, materi terlampir di forum.", 6, -2,
     [], [], False),
    ("bpjs-kesehatan", ["dinkes", "disdukcapil"], "data",
     "Data penduduk belum terdaftar JKN per desa",
     "Untuk sasaran sosialisasi UHC kami membutuhkan data per desa.", 15, -6,
     [("dinkes", "decline", "Data kepesertaan ada di BPJS; kami hanya punya data kunjungan "
                            "puskesmas.", 10),
      ("disdukcapil", "decline", "Data per individu tidak dapat dibagikan; silakan melalui "
                                 "perjanjian kerja sama pemanfaatan data.", 26)],
     [("bpjs-kesehatan", "Baik, kami ajukan PKS pemanfaatan data.", 30)], False),
    ("disdukcapil", ["diskominfo"], "share", "Bagikan jadwal jemput bola Kejajar",
     "Mohon dibagikan di Instagram Pemkab.", 9, -8, [], [], True),
    ("dinkes", ["kemenag-wonosobo", "kec-garung", "kec-sapuran"], "share",
     "Sebarkan jadwal Sub PIN Polio",
     "Mohon diumumkan lewat penyuluh agama, masjid dan kanal kecamatan.", 5, 4,
     [("kemenag-wonosobo", "done", "Sudah disampaikan ke penyuluh agama se-Wonosobo.", 8),
      ("kec-garung", "start", "", 12)], [], False),
    ("diskominfo", ["dinkes", "disdikpora", "dinsos-pmd", "disparbud"], "material",
     "Materi program unggulan triwulan IV",
     "Mohon ringkasan program unggulan, foto kegiatan dan satu angka capaian untuk konten "
     "akhir tahun.", 1, 9, [], [], False),
]



@transaction.atomic
def requests_demo_load(*, log=print) -> None:
    if AgencyRequest.objects.exists():
        log("Requests between agencies: already loaded")
        return
    if not User.objects.filter(username="koordinator").exists():
        log("Requests between agencies: no coordinator account; skipped")
        return
    # The demo notifies nobody.
    with notifications_suppressed():
        made = _load_requests(timezone.now())
    log(f"Requests between agencies: {made}")


def _load_requests(now: dt.datetime) -> int:
    made = 0
    today = timezone.localdate(now)
    for (requester, asked, kind, title, body, days_ago, due_in, answers, comments,
         cancelled) in REQUESTS:
        actor = staff_writing_for(requester)
        agencies = list(Agency.objects.filter(slug__in=asked))
        if actor is None or not agencies:
            continue
        created = moment_days_ago(now, days_ago, 10)
        agency_request = requests_actions.request_create(
            requesting_agency=Agency.objects.get(slug=requester), asked=agencies, kind=kind,
            title=title, body=body, due_date=today + dt.timedelta(days=due_in), actor=actor,
            at=created, allow_past_due=True)
        targets = {t.agency.slug: t for t in agency_request.targets.select_related("agency")}
        for slug, action, note, hours in answers:
            when = min(created + dt.timedelta(hours=hours), now)
            requests_actions.request_answer(target=targets[slug], action=action, note=note,
                                            actor=staff_writing_for(slug), at=when)
        for slug, text, hours in comments:
            when = min(created + dt.timedelta(hours=hours), now)
            requests_actions.request_comment(agency_request=agency_request,
                                             actor=staff_writing_for(slug), body=text, at=when)
        if cancelled:
            requests_actions.request_cancel(agency_request=agency_request, actor=actor,
                                            note="Sudah dibagikan langsung oleh Diskominfo.")
        made += 1
    return made
