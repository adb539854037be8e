"""The Bakohumas forum in the Wonosobo demo: what used to scroll away in the PR officers'
WhatsApp group — announcements with read status, topic channels and direct threads — written through the real actions, so the audit
trail, reply counts and read marks are what the product itself would have stored.
"""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction
from django.utils import timezone

from jembatan.core.models import Agency, Membership, User
from jembatan.core.workdays import JAKARTA
from jembatan.forum import actions as forum_actions
from jembatan.forum.models import Channel, ChannelRead, Post
from jembatan.forum.selectors import expected_agencies

TOPICS = [
    ("Info Layanan", "Jadwal, syarat dan perubahan layanan publik yang perlu disebarkan "
                     "bersama."),
    ("Kebencanaan", "Peringatan dini, imbauan dan informasi tanggap darurat."),
    ("Hari Jadi Wonosobo", "Persiapan, jadwal acara dan pembagian tugas publikasi Hari Jadi."),
    ("Pilkada", "Informasi pemilihan, netralitas ASN dan penanganan hoaks."),
]

# (channel, agency of the author, days ago, hour, title, text, replies, is announcement,
#  how many agencies have read it)
THREADS = [
    ("bakohumas", "diskominfo", 20, 8, "Mulai hari ini koordinasi Bakohumas lewat Jembatan",
     "Bapak/Ibu pengelola kehumasan, sesuai kesepakatan forum koordinasi di Aula Diskominfo, "
     "berbagi informasi layanan dan program kerja kita pindahkan dari grup WhatsApp ke forum "
     "ini supaya tidak tenggelam dan bisa dicari lagi. Pengumuman penting akan disematkan di "
     "atas, dan setiap instansi cukup satu orang yang membuka agar tercatat sudah membaca.",
     [("polres-wonosobo", 35, "Siap, Humas Polres Wonosobo sudah bergabung."),
      ("bpjs-kesehatan", 80, "BPJS Kesehatan Cabang Wonosobo siap berkoordinasi."),
      ("kec-kejajar", 140, "Kecamatan Kejajar hadir. Apakah admin desa juga bisa bergabung?"),
      ("diskominfo", 170, "Untuk sementara desa melalui kecamatan ya, Pak. Akun desa menyusul "
                          "setelah pelatihan.")], True, 36),
    ("bakohumas", "diskominfo", 6, 9, "Rapat Koordinasi Bakohumas Triwulan IV",
     "Mengundang seluruh pengelola kehumasan perangkat daerah, kecamatan, instansi vertikal, "
     "BUMN dan BUMD pada Kamis pukul 09.00 WIB di Aula Diskominfo, Jl. Soekarno-Hatta No. 2. "
     "Agenda: evaluasi konten triwulan III, kalender konten bersama akhir tahun, dan "
     "pembagian tugas liputan Hari Jadi. Mohon konfirmasi kehadiran di kolom balasan.",
     [("dpupr", 40, "DPUPR hadir, diwakili Kasubag Umum dan admin medsos."),
      ("perumda-tirta-aji", 65, "Tirta Aji hadir 2 orang."),
      ("pln-ulp-wonosobo", 90, "PLN ULP Wonosobo hadir."),
      ("kemenag-wonosobo", 200, "Kemenag hadir, mohon izin datang pukul 09.30 karena ada "
                                "manasik haji.")], True, 12),
    ("bakohumas", "diskominfo", 3, 10, "Jadwal siaran dialog interaktif RRI Wonosobo",
     "Jadwal dialog interaktif Bincang Layanan Publik di RRI Wonosobo 92,2 FM bulan ini, "
     "setiap Selasa dan Kamis pukul 09.00–10.00 WIB:\n"
     "- Selasa minggu 1: Disdukcapil (aktivasi IKD)\n"
     "- Kamis minggu 1: BPJS Kesehatan (Mobile JKN)\n"
     "- Selasa minggu 2: DPUPR (perbaikan jalan kabupaten)\n"
     "- Kamis minggu 2: BPBD (kesiapsiagaan musim hujan)\n"
     "- Selasa minggu 3: Dinkes (imunisasi)\n"
     "Materi paparan dikirim ke Diskominfo paling lambat H-2. Info lengkap: "
     "https://rri.co.id/wonosobo",
     [("disdukcapil", 55, "Siap, narasumber Kabid Pelayanan Pendaftaran Penduduk."),
      ("bpbd", 120, "BPBD siap. Mohon slot bisa dimajukan jika ada peringatan dini BMKG.")],
     True, 21),
    ("bakohumas", "disdukcapil", 9, 8, "Jemput bola perekaman KTP-el di Kecamatan Kejajar",
     "Sabtu ini Disdukcapil membuka layanan jemput bola perekaman KTP-el, KIA dan aktivasi "
     "IKD di Pendopo Kecamatan Kejajar pukul 08.00–13.00. Syarat: fotokopi KK, bawa ponsel "
     "untuk aktivasi IKD. Mohon @kec-kejajar dan rekan-rekan membantu menyebarkan.",
     [("kec-kejajar", 25, "Siap, sudah kami teruskan ke 16 desa dan pengumuman masjid."),
      ("diskominfo", 50, "Kami jadwalkan di Instagram @pemkabwonosobo jam 19.00 malam ini."),
      ("polres-wonosobo", 300, "Bhabinkamtibmas Kejajar juga ikut membantu informasikan.")],
     False, 0),
    ("bakohumas", "pln-ulp-wonosobo", 5, 13, "Pemeliharaan jaringan: pemadaman Selasa",
     "Ada pemeliharaan jaringan 20 kV pada Selasa pukul 08.00–14.00 WIB. Wilayah padam: "
     "sebagian Kertek (Sumberdalem, Candimulyo) dan Kalikajar. Mohon bantu sebarkan agar "
     "warga dan pelaku usaha bisa bersiap. Info gangguan: PLN Mobile atau 123.",
     [("perumda-tirta-aji", 30, "Pompa IPA Kertek ikut terdampak, kami siapkan 2 tangki air "
                                "untuk wilayah yang airnya mati. Nanti kami umumkan juga."),
      ("kec-kertek", 75, "Sudah kami teruskan ke grup perangkat desa se-Kecamatan Kertek."),
      ("rsud-setjonegoro", 120, "RSUD tidak terdampak, terima kasih infonya.")], False, 0),
    ("bakohumas", "perumda-tirta-aji", 2, 15, "Gangguan distribusi air Wonosobo Timur",
     "Karena perbaikan pipa transmisi di Jl. Sumbing, distribusi air ke Kel. Wonosobo Timur "
     "dan sebagian Jaraksari terganggu Rabu–Kamis. Tangki air disiagakan di Kantor "
     "Kelurahan. @dpupr mohon info jadwal penutupan jalan agar bisa kami cantumkan di "
     "pengumuman.",
     [("dpupr", 45, "Penutupan sebagian lajur Jl. Sumbing Rabu 07.00–17.00, sistem buka "
                    "tutup. Detail kami kirim lewat utas langsung."),
      ("kel-wonosobo-timur", 90, "Kelurahan siap menampung tangki di halaman kantor.")],
     False, 0),
    ("bakohumas", "polres-wonosobo", 12, 9, "Operasi Zebra Candi: mohon bantu sosialisasi",
     "Operasi Zebra Candi berlangsung dua pekan mulai Senin. Fokus: pengendara di bawah umur, "
     "tanpa helm SNI dan melawan arus. Materi infografis terlampir di tautan "
     "https://tribratanews.jateng.polri.go.id — silakan dibagikan ulang.",
     [("disdikpora", 60, "Kami teruskan ke kepala SMP se-Wonosobo terkait siswa yang membawa "
                         "motor."),
      ("disperkimhub", 100, "Dishub ikut mendukung, titik operasi gabungan kami koordinasikan "
                            "dengan Satlantas.")], False, 0),
    ("bakohumas", "bpjs-kesehatan", 7, 10, "Pindah faskes cukup lewat Mobile JKN",
     "Informasi layanan: peserta JKN dapat pindah FKTP melalui aplikasi Mobile JKN tanpa "
     "datang ke kantor, minimal 3 bulan sejak terdaftar. Mohon bantu sebarkan; banyak "
     "pertanyaan warga masuk ke kanal kecamatan.",
     [("dinkes", 40, "Dinkes ikut menyebarkan ke puskesmas."),
      ("kec-sapuran", 180, "Terima kasih, ini sering ditanyakan warga di pelayanan "
                           "kecamatan.")], False, 0),
    ("info-layanan", "dpmptsp", 15, 9, "Perizinan berusaha lewat OSS RBA",
     "Pendampingan pendaftaran NIB untuk UMKM tiap Senin–Kamis di Mal Pelayanan Publik "
     "Wonosobo, gratis. Bawa KTP dan email aktif.",
     [("disdagkopukm", 50, "Kami tautkan di program pendampingan UMKM bulan depan."),
      ("bank-jateng-wonosobo", 120, "Bank Jateng siap membuka layanan KUR di MPP pada hari "
                                    "yang sama.")], False, 0),
    ("info-layanan", "disnakerintrans", 8, 10, "Job fair Wonosobo di GOR Indoor",
     "Job fair dua hari di GOR Indoor Wonosobo, 32 perusahaan, lebih dari 900 lowongan. "
     "Pencari kerja membawa CV dan kartu AK/1. Pendaftaran daring: "
     "https://karirhub.kemnaker.go.id",
     [("bpjs-ketenagakerjaan", 30, "BPJS Ketenagakerjaan buka stan informasi program JKP."),
      ("diskominfo", 70, "Kami siapkan siaran langsung di YouTube Pemkab pada hari pertama.")],
     False, 0),
    ("info-layanan", "kemenag-wonosobo", 4, 11, "Daftar nikah secara daring",
     "Pendaftaran nikah kini bisa melalui https://simkah4.kemenag.go.id. Berkas tetap "
     "diverifikasi di KUA kecamatan. Nikah di KUA pada jam kerja tidak dipungut biaya.",
     [("disdukcapil", 65, "Setelah akad, pembaruan KK dan status di KTP-el bisa langsung di "
                          "KUA yang sudah terhubung dengan Dukcapil.")], False, 0),
    ("kebencanaan", "diskominfo", 1, 7, "Imbauan cuaca ekstrem dari BPBD",
     "Meneruskan imbauan BPBD: BMKG memprakirakan hujan lebat disertai angin kencang tiga "
     "hari ke depan. Wilayah rawan longsor: Kejajar, Garung, Wadaslintang, Kepil dan "
     "Sapuran. Mohon semua akun resmi membagikan imbauan yang sama (materi dari @bpbd), "
     "jangan membuat versi sendiri agar pesan seragam. Darurat: Pusdalops BPBD (0286) "
     "321001.",
     [("bpbd", 20, "Terima kasih. Infografis resmi sudah di utas ini, silakan unduh."),
      ("kodim-0707", 60, "Babinsa di wilayah rawan kami siagakan."),
      ("pln-ulp-wonosobo", 95, "Petugas siaga gangguan PLN ditambah di Dieng dan Garung.")],
     True, 27),
    ("kebencanaan", "bpbd", 14, 16, "Longsor kecil di ruas Garung–Dieng sudah tertangani",
     "Material longsor di KM 12 ruas Garung–Dieng sudah dibersihkan bersama DPUPR dan "
     "relawan. Jalan bisa dilalui dengan hati-hati.",
     [("dpupr", 30, "Alat berat kami siagakan di Garung sampai akhir bulan."),
      ("disparbud", 90, "Kami informasikan ke pengelola wisata Dieng.")], False, 0),
    ("hari-jadi-wonosobo", "diskominfo", 10, 9,
     "Persiapan Hari Jadi Wonosobo: pembagian tugas publikasi",
     "Pembagian tugas: Disparbud materi kirab budaya dan Tari Lengger; Satpol PP dan Polres "
     "rekayasa lalu lintas; Dinkes posko kesehatan; Diskominfo siaran langsung dan rilis "
     "harian. Setiap instansi mohon menyiapkan satu konten ucapan dengan template bersama "
     "yang akan dibagikan di perpustakaan materi.",
     [("disparbud", 40, "Rundown kirab budaya dan profil penari Lengger kami kirim pekan ini."),
      ("satpolpp-damkar", 75, "Satpol PP siap. Pos pengamanan di Alun-alun dan "
                              "Jl. A. Yani."),
      ("dinkes", 130, "Dua ambulans dan posko kesehatan di sisi timur Alun-alun.")], True, 18),
    ("hari-jadi-wonosobo", "disparbud", 9, 14, "Foto dokumentasi tahun lalu",
     "Yang masih menyimpan foto kirab tahun lalu dalam resolusi asli mohon dibagikan lewat "
     "perpustakaan materi, cantumkan kredit fotografer.",
     [("kec-wonosobo", 50, "Kecamatan Wonosobo punya sekitar 40 foto, kami unggah besok.")],
     False, 0),
    ("pilkada", "diskominfo", 11, 10, "Netralitas ASN di media sosial",
     "Pengingat: akun resmi instansi tidak boleh menyukai, membagikan atau mengomentari "
     "konten peserta pemilihan. Jika menemukan hoaks terkait pemilihan, laporkan ke utas ini "
     "agar diklarifikasi bersama.",
     [("kejari-wonosobo", 45, "Kejari mendukung, pelanggaran pidana pemilu kami tangani "
                              "bersama Gakkumdu."),
      ("polres-wonosobo", 90, "Patroli siber Polres memantau akun penyebar hoaks.")],
     False, 0),
]

DIRECT = [
    (["dpupr", "perumda-tirta-aji"], "Koordinasi galian pipa Jl. Sumbing", 2, [
        ("dpupr", 0, "Untuk penutupan Jl. Sumbing: Rabu 07.00–17.00, lajur timur ditutup, "
                     "buka tutup diatur Dishub. Mohon titik galian diberi rambu malam hari."),
        ("perumda-tirta-aji", 40, "Siap. Rambu dan lampu flip-flop kami pasang. Setelah "
                                  "selesai, pengaspalan kembali oleh kontraktor kami."),
        ("dpupr", 90, "Baik, nanti kami cek bersama hasil pengembalian jalan Jumat pagi.")]),
    (["bpbd", "pln-ulp-wonosobo", "diskominfo"], "Siaga longsor Dieng: jalur komunikasi",
     1, [
        ("bpbd", 0, "Jika jaringan seluler di Dieng putus, kami pakai radio HT di frekuensi "
                    "Pusdalops. Mohon PLN berbagi kontak piket 24 jam."),
        ("pln-ulp-wonosobo", 25, "Piket 24 jam ULP Wonosobo: Pak Heru, nomor sudah kami "
                                 "kirim lewat telepon. Genset posko kami siapkan."),
        ("diskominfo", 50, "Diskominfo siapkan rilis cepat; draf kami unggah di sini untuk "
                           "dicek BPBD sebelum terbit.")]),
    (["disdukcapil", "kec-kertek"], "Perekaman KTP-el pemula di SMA N 1 Kertek", 6, [
        ("disdukcapil", 0, "Kami rencanakan perekaman untuk siswa kelas XII yang sudah 17 "
                           "tahun. Bisa dibantu koordinasi dengan sekolah?"),
        ("kec-kertek", 60, "Sudah kami hubungi, sekolah siap hari Rabu. Ada 214 siswa."),
        ("disdukcapil", 120, "Siap, tim kami datang dengan dua alat perekaman.")]),
]


def staff_writing_for(slug: str) -> User | None:
    """The agency's officer (or admin, or liaison) who writes for it in the demo."""
    membership = (Membership.objects.filter(agency__slug=slug).select_related("user")
                  .order_by("-role", "user__username").first())
    if slug == "diskominfo":
        return User.objects.filter(username="koordinator").first() or (
            membership.user if membership else None)
    return membership.user if membership else None


def moment_days_ago(now: dt.datetime, days_ago: int, hour: int) -> dt.datetime:
    local = (now - dt.timedelta(days=days_ago)).astimezone(JAKARTA)
    moment = local.replace(hour=hour, minute=random.Random(days_ago * 31 + hour).randint(0, 50))
    return min(moment, now - dt.timedelta(minutes=30))


@transaction.atomic
def forum_demo_load(*, log=print) -> None:
    regency = forum_actions.regency_channel_ensure(actor=None)
    if Post.objects.filter(channel=regency).exists():
        log("Bakohumas forum: already loaded")
        return
    rng = random.Random(2026)
    now = timezone.now()
    coordinator = User.objects.filter(username="koordinator").first()
    if coordinator is None:
        log("Bakohumas forum: no coordinator account; skipped")
        return
    channels = {"bakohumas": regency}
    with forum_actions.quiet():
        for name, description in TOPICS:
            channel = (Channel.objects.filter(kind=Channel.Kind.TOPIC, name=name).first()
                       or forum_actions.topic_channel_create(name=name, description=description,
                                                     by=coordinator))
            channels[channel.slug] = channel
        posts = 0
        for (key, slug, days, hour, title, body, replies, announce,
             read_by) in THREADS:
            author = coordinator if announce else staff_writing_for(slug)
            if author is None:
                continue
            at = moment_days_ago(now, days, hour)
            post = forum_actions.post_create(channel=channels[key], author=author, title=title,
                                     body=body, is_announcement=announce, pin=announce,
                                     at=at)
            posts += 1
            for reply_slug, minutes, text in replies:
                replier = staff_writing_for(reply_slug)
                when = at + dt.timedelta(minutes=minutes)
                if replier is None or when > now:
                    continue
                forum_actions.post_create(channel=channels[key], author=replier, body=text,
                                  parent=post, at=when)
                posts += 1
            if announce:
                _read_by(post, read_by, rng, now)
        for slugs, title, days, messages in DIRECT:
            agencies = list(Agency.objects.filter(slug__in=slugs))
            first_slug, _minutes, first_text = messages[0]
            start = moment_days_ago(now, days, 9)
            channel = forum_actions.direct_thread_create(agencies=agencies, title=title,
                                                 body=first_text, by=staff_writing_for(first_slug),
                                                 at=start)
            for slug, minutes, text in messages[1:]:
                when = start + dt.timedelta(minutes=minutes)
                if when < now:
                    forum_actions.post_create(channel=channel, author=staff_writing_for(slug), body=text, at=when)
            posts += len(messages)
        # Named demo accounts last read the shared channels a day or two ago, so the forum
        # shows what is new for them.
        for user in User.objects.filter(memberships__isnull=False).exclude(
                username__startswith="penghubung.").distinct():
            for channel in channels.values():
                ChannelRead.objects.update_or_create(
                    user=user, channel=channel,
                    defaults={"last_read_at": now - dt.timedelta(days=rng.choice([1, 2, 3]))})
    log(f"Bakohumas forum: {len(channels)} channels, {len(DIRECT)} direct threads, {posts} "
        f"posts")


def _read_by(post: Post, count: int, rng: random.Random, now: dt.datetime) -> None:
    agencies = list(expected_agencies(post.channel).order_by("slug"))
    rng.shuffle(agencies)
    for agency in agencies[:count]:
        reader = staff_writing_for(agency.slug)
        if reader is None or reader.pk == post.author_id:
            continue
        opened = post.created_at + dt.timedelta(minutes=rng.randint(5, 60 * 30))
        forum_actions.announcement_mark_read(post=post, user=reader, at=min(opened, now))
