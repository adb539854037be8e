"""Email threads and portal questions of the Wonosobo demo.

Emails enter as real RFC 822 messages through the email parser (the path of the mail server's
pipe and of IMAP polling); portal questions through the web channel's own `ask`. Some are
answered by officers through `outbound.send_reply`, like the other channels.
"""

from __future__ import annotations

import datetime as dt
import random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from django.db import transaction

from jembatan.connectors import actions, outbound
from jembatan.connectors.channels.email.ingest import email_ingest
from jembatan.connectors.models import ConnectedAccount, Conversation, Platform
from jembatan.core.models import Agency

# (agency slug, sender name, sender address, subject, text, answer or "")
EMAILS = [
    ("disdukcapil", "Rina Maharani", "rina.maharani@gmail.com", "Permohonan cetak ulang KK",
     "Selamat siang Bapak/Ibu,\n\nSaya ingin menanyakan prosedur cetak ulang Kartu Keluarga "
     "karena KK saya rusak terkena air. Apakah bisa diurus secara online atau harus datang ke "
     "kantor Disdukcapil? Dokumen apa saja yang perlu saya siapkan?\n\nTerima kasih.\nRina "
     "Maharani\nKel. Kalianget",
     "Selamat siang Ibu Rina. Cetak ulang KK yang rusak bisa diajukan lewat aplikasi "
     "Dukcapil Wonosobo atau di loket Mal Pelayanan Publik. Siapkan KK yang rusak dan KTP-el "
     "kepala keluarga. KK dikirim dalam bentuk PDF yang dicetak sendiri di kertas HVS A4."),
    ("dpupr", "H. Slamet Riyadi", "slamet.riyadi62@yahoo.co.id", "Saluran air Jl. Tumenggungan",
     "Kepada Yth. Kepala DPUPR Kabupaten Wonosobo,\n\nDengan hormat, kami warga RT 03 RW 05 "
     "Jl. Tumenggungan menyampaikan bahwa saluran drainase di depan rumah kami tersumbat "
     "sedimen sejak sebulan terakhir. Setiap hujan deras air meluap ke jalan dan masuk ke "
     "pekarangan warga. Mohon dapat ditinjau dan dinormalisasi.\n\nHormat kami,\nH. Slamet "
     "Riyadi (Ketua RT 03)", ""),
    ("perumda-tirta-aji", "Agus Widodo", "aguswidodo.wsb@gmail.com", "Tagihan air naik drastis",
     "Siang min, tagihan air bulan ini Rp 487.000 padahal biasanya cuma 90 ribuan. Di rumah "
     "cuma bertiga. Mohon dicek apakah ada kesalahan catat meter. No pelanggan 01-23-04567. "
     "Terima kasih.",
     "Terima kasih Bapak Agus. Petugas kami akan mengecek meter di lokasi paling lambat "
     "Kamis. Bila terbukti salah catat, tagihan dikoreksi pada rekening bulan depan."),
    ("bpjs-kesehatan", "Yuniarti", "yuniarti.sari@gmail.com", "Pindah faskes tingkat pertama",
     "Halo BPJS Kesehatan Wonosobo, saya mau pindah faskes dari Puskesmas Kertek ke klinik "
     "dekat kantor di Wonosobo kota. Apa bisa sekarang? Terakhir pindah 4 bulan lalu.", ""),
    ("diskominfo", "Fajar Nugroho", "fajar@desamandiri.id", "Permintaan data SPBE untuk desa",
     "Yth. Diskominfo,\n\nKami dari Pemerintah Desa Sembungan ingin meminta panduan "
     "pembuatan website desa yang terintegrasi dengan domain desa.id. Apakah ada pendampingan "
     "dari Diskominfo tahun ini?\n\nSalam,\nFajar Nugroho\nOperator Desa Sembungan",
     "Yth. Bapak Fajar, pendampingan website desa dibuka setiap triwulan. Jadwal berikutnya "
     "tanggal 9 Desember di Ruang Rapat Diskominfo, pukul 09.00. Silakan bawa surat tugas "
     "dari Kepala Desa."),
    ("pln-ulp-wonosobo", "Sri Lestari", "srilestari1985@gmail.com", "Token listrik tidak masuk",
     "Selamat malam, saya sudah beli token 100 ribu lewat m-banking tadi sore tapi kodenya "
     "ditolak meteran (reject). ID pelanggan 5321 0987 6543. Mohon bantuannya.", ""),
]

# (agency slug, name, email, question, answer or "")
QUESTIONS = [
    ("disdukcapil", "Bayu", "", "Apakah perekaman KTP-el bisa hari Sabtu? Saya kerja di pabrik "
     "Senin sampai Jumat.",
     "Bisa, Mas Bayu. Perekaman KTP-el buka Sabtu pukul 08.00–12.00 di Mal Pelayanan Publik "
     "Wonosobo. Bawa fotokopi KK."),
    ("dpupr", "Wulan", "wulan.arsitek@gmail.com", "Untuk PBG rumah tinggal 2 lantai, berapa lama "
     "prosesnya dan apakah perlu gambar dari arsitek bersertifikat?", ""),
    ("kec-kertek", "Pak Darto", "", "Jam pelayanan surat pengantar SKCK di kantor kecamatan "
     "sampai jam berapa?",
     "Pelayanan di Kecamatan Kertek Senin–Kamis 08.00–15.00, Jumat 08.00–11.00. Surat "
     "pengantar SKCK dari kelurahan/desa dulu, lalu ke Polsek."),
    ("bpbd", "Nur Hidayah", "nurhidayah.k@gmail.com", "Apakah ada pelatihan tanggap bencana "
     "untuk relawan sekolah? Kami guru di SMP N 2 Kejajar.", ""),
    ("perumda-tirta-aji", "Andi", "", "Berapa biaya pasang baru sambungan air untuk rumah di "
     "Kelurahan Jaraksari?",
     "Biaya pasang baru Rp1.250.000 termasuk meter air dan pipa sampai 6 meter. Daftar di "
     "kantor Tirta Aji dengan fotokopi KTP dan KK."),
]


def _raw_email(*, sender: str, name: str, to: str, subject: str, text: str,
               at: dt.datetime) -> bytes:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(at)
    message["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    message.set_content(text)
    return bytes(message)


def _officer(agency: Agency, rng: random.Random):
    staff = [m.user for m in agency.memberships.select_related("user")]
    return rng.choice(staff) if staff else None


def load(*, rng: random.Random, now: dt.datetime, log=print) -> None:
    if Conversation.objects.filter(channel__in=[Platform.EMAIL, Platform.WEB]).exists():
        return
    agencies = {a.slug: a for a in Agency.objects.filter(
        slug__in={row[0] for row in EMAILS + QUESTIONS})}
    emails = questions = answered = 0
    for slug, name, sender, subject, text, answer in EMAILS:
        agency = agencies.get(slug)
        account = ConnectedAccount.objects.filter(agency=agency, platform=Platform.EMAIL).first()
        if agency is None or account is None:
            continue
        at = now - dt.timedelta(days=rng.uniform(0.5, 12), minutes=rng.randint(0, 600))
        result = email_ingest(raw=_raw_email(sender=sender, name=name, to=account.external_id,
                                             subject=subject, text=text, at=at),
                              agency=agency, account=account)
        emails += 1
        answered += _answer(result.message.conversation, answer, agency, rng, at, now)
    for index, (slug, name, email, question, answer) in enumerate(QUESTIONS):
        agency = agencies.get(slug)
        if agency is None:
            continue
        at = now - dt.timedelta(days=rng.uniform(0.3, 9))
        conversation, _key = actions.web_question_ask(
            agency=agency, body=question, name=name, email=email, submission_id=f"demo-{index}",
            at=at)
        questions += 1
        answered += _answer(conversation, answer, agency, rng, at, now)
    log(f"Channels: {emails} email threads and {questions} portal questions "
        f"({answered} answered)")


def _answer(conversation, answer: str, agency, rng, asked_at, now) -> int:
    officer = _officer(agency, rng)
    if not answer or officer is None:
        return 0
    at = min(asked_at + dt.timedelta(hours=rng.uniform(1, 20)), now - dt.timedelta(minutes=5))
    with transaction.atomic():
        message = actions.conversation_reply(
            conversation=conversation, actor=officer, body=answer, at=at)
    outbound.deliver(message.pk, at=at + dt.timedelta(seconds=rng.randint(2, 30)))
    return 1
