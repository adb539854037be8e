"""Urgency: danger to life or property now."""

import pytest

from jembatan.triage.urgency import assess_urgency


@pytest.mark.parametrize(
    "text",
    [
        "Tolong!! Ada kebakaran rumah di RT 3 Kalibeber, api membesar sekarang",
        "Longsor menimpa rumah warga di Kejajar, ada yang tertimbun",
        "Kabel listrik putus menjuntai ke jalan dan masih menyala",
        "Anak saya hilang belum pulang sejak tadi siang",
    ],
)
def test_danger_happening_now_is_urgent(text):
    result = assess_urgency(text)

    assert result.is_urgent
    assert result.signals


@pytest.mark.parametrize(
    "text",
    [
        "Lampu jalan di depan rumah mati sudah seminggu",
        "Mohon info jadwal pembuatan KTP elektronik di kecamatan",
        "Usul sosialisasi mitigasi bencana longsor untuk warga tahun depan",
    ],
)
def test_ordinary_matters_are_not_urgent(text):
    assert not assess_urgency(text).is_urgent


@pytest.mark.parametrize(
    "text",
    [
        "Data IPM Wonosobo terbaru",
        "Mau tambah daya listrik rumah dari 900 ke 1300",
        "Tikungan di Kalianget rawan kecelakaan, mohon dipasang cermin jalan",
        "Kemarin ambulans datang telat satu jam, mohon dievaluasi",
        "Besok ada simulasi kebakaran di pasar, warga jangan panik",
        "Antrean bansos di balai desa berdesakan sampai ke jalan",
    ],
)
def test_requests_risks_past_events_and_drills_are_not_urgent(text):
    assert not assess_urgency(text).is_urgent


@pytest.mark.parametrize(
    "text",
    [
        "tulung omahe kebanjiran, banyune wis sak dodo, simbah isih ning njero",
        "lemah ing mburi omah mlorot, omahe kependhem, wonge durung ketemu",
        "Mobil masuk jurang di tikungan, penumpangnya minta tolong dari bawah",
        "Adik saya bilang ingin mengakhiri hidupnya dan mengunci diri di kamar",
        "Pendaki hilang sejak kemarin di Sindoro, belum ada kabar",
    ],
)
def test_emergencies_in_javanese_and_indirect_words_are_urgent(text):
    result = assess_urgency(text)

    assert result.is_urgent
    assert result.reason()["words"] or result.learned


@pytest.mark.parametrize(
    "text",
    [
        "simbah kami yang pikun pergi tanpa pamit sejak siang, sampai magrib belum kembali",
        "pendaki kedinginan dan hipotermia di puncak, tidak bisa turun sendiri",
        "teman saya kirim pesan pamit selamanya lalu hp-nya tidak aktif",
        "genine wis tekan gendheng, tulung",
    ],
)
def test_missing_elders_hypothermia_and_farewells_are_urgent(text):
    assert assess_urgency(text).is_urgent


@pytest.mark.parametrize(
    "text",
    [
        "Bekas kebakaran kios belum dibersihkan, baunya ke mana-mana",
        "Sisa banjir berupa lumpur menumpuk di jalan kampung, mohon dibersihkan",
        "Seminggu lalu ada orang hanyut di kali ini, mohon dipasang rambu",
        "Kabel telepon kendur di atas jalan, kena truk bisa putus",
    ],
)
def test_what_is_left_of_a_past_event_and_a_possible_break_are_not_urgent(text):
    assert not assess_urgency(text).is_urgent


@pytest.mark.parametrize(
    "text",
    [
        "Harga gabah turun, para petani kebakaran jenggot",
        "Toko kelontong kami banjir pesanan menjelang lebaran",
        "Ceramah ustaz membakar semangat jamaah untuk kerja bakti",
        "Kampung kami banyak yang kena demam berdarah, mohon fogging",
        "Kalau melihat ular di sekolah, menghubungi siapa?",
    ],
)
def test_figures_of_speech_and_questions_about_whom_to_call_are_not_urgent(text):
    assert not assess_urgency(text).is_urgent


def test_a_lost_animal_is_not_a_missing_child_but_a_child_lost_looking_for_it_is():
    assert not assess_urgency("Kambing kesayangan anak saya hilang dari kandang").is_urgent
    assert assess_urgency(
        "Anak saya hilang waktu mencari kambing di kebun, sampai sekarang belum pulang"
    ).is_urgent


def test_the_trained_model_does_not_raise_a_message_read_as_past_or_planned():
    class Sure:
        SURE = 0.7
        THRESHOLD = 0.6

        def probability(self, text):
            return 0.99

    assert not assess_urgency("Rencana pelatihan relawan bulan depan", model=Sure()).is_urgent
    raised = assess_urgency("Tolong cepat ke Sapuran", model=Sure())
    assert raised.is_urgent
    assert raised.learned


@pytest.mark.parametrize(
    "text",
    [
        "Turut berduka untuk warga yang rumahnya tertimbun longsor di desa sebelah",
        "Terima kasih kepada petugas yang semalam menolong korban kecelakaan di Kertek",
        "Mengingatkan warga agar tidak menyalakan api di hutan saat kemarau",
    ],
)
def test_thanks_condolences_and_reminders_are_not_urgent(text):
    result = assess_urgency(text)

    assert not result.is_urgent
    assert result.reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Tanggul sawah jebol sedikit, durung banjir, mung njaluk karung pasir", "tidak_terjadi"),
        ("Alarm pasar bunyi terus padahal tidak ada api, mohon dicek", "tidak_terjadi"),
        ("Lumpur bekas longsor di jalan Tieng belum dibersihkan", "lampau"),
        ("Grup WA RT panas terus kayak mau kebakaran, tolong admin tegur", "kiasan"),
        ("Rasanya usaha warung saya tenggelam sejak ada minimarket", "kiasan"),
    ],
)
def test_the_words_before_a_danger_word_can_take_it_away(text, reading):
    result = assess_urgency(text)

    assert not result.is_urgent
    assert reading in result.reading


@pytest.mark.parametrize(
    "text",
    [
        "Tolong, omahe Pak Slamet kobong, wonge ora iso metu, ora ana sing teko",
        "Warga tidak bisa keluar, air sudah sampai dada, simbah masih di kamar",
        "Ada orang tidak sadar di pinggir jalan setelah ditabrak motor, tolong",
    ],
)
def test_a_negation_that_describes_the_person_in_danger_is_not_taken_away(text):
    assert assess_urgency(text).is_urgent


@pytest.mark.parametrize(
    "text",
    [
        "Mbiyen nalika lindu taun 2006 omahku retak, saiki isih ana program rehab?",
        "Sinetron tadi malam adegan orang tenggelam serem banget",
        "Kalau ada kebakaran di desa terpencil, berapa lama mobil damkar sampai?",
        "Simulasi kebakaran gedung DPRD siang ini, mohon warga tidak panik",
        "Omah sing kobong minggu wingi saiki butuh bantuan semen lan genteng",
    ],
)
def test_past_years_stories_questions_and_drills_outweigh_now_words(text):
    result = assess_urgency(text)

    assert not result.is_urgent
    assert result.reading


@pytest.mark.parametrize(
    "text",
    [
        "bayi tetangga lambene biru, ora nangis, susah napas",
        "adik saya di kamar mandi ngorok aneh, tidak bisa dibangunkan",
        "kami terkurung di lantai atas, tangga sudah dimakan api",
        "dia nulis surat wasiat terus ngunci kamar, dipanggil ora jawab",
    ],
)
def test_the_state_of_a_person_in_danger_is_read_in_its_everyday_words(text):
    assert assess_urgency(text).is_urgent


def test_a_danger_taken_away_is_explained_to_staff():
    from django.utils import translation

    from jembatan.triage.urgency import explain

    result = assess_urgency("Jalan desa retak memanjang, belum ambles, mohon dicek")
    with translation.override("id"):
        sentence = explain(result.reason(), is_urgent=result.is_urgent)

    assert "ambles" in result.signals
    assert "bahaya yang disebut tidak ada atau belum terjadi" in sentence


@pytest.mark.parametrize(
    "text",
    [
        "Kakek saya yang pikun pergi dari rumah kemarin sore, sampai sekarang belum pulang",
        "Rombongan pendaki dua orang putus kontak sejak kemarin, di puncak hujan angin",
        "Bapak tergeletak di dapur sejak semalam, dipanggil tidak menjawab, tolong",
    ],
)
def test_a_time_word_that_says_when_it_began_does_not_place_it_in_the_past(text):
    assert assess_urgency(text).is_urgent


def test_a_missing_person_found_again_stays_in_the_past():
    result = assess_urgency("Nenek kemarin sempat hilang, sekarang sudah ketemu di rumah tetangga")

    assert not result.is_urgent
    assert "lampau" in result.reading


@pytest.mark.parametrize(
    "text",
    [
        "Ada orang mengamuk bawa golok di pasar, pedagang pada takut",
        "Anak saya dibawa kabur orang, barusan telepon minta dijemput dan takut",
    ],
)
def test_fear_felt_now_is_not_a_fear_of_what_may_come(text):
    assert assess_urgency(text).is_urgent


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Tebing belakang rumah retak, kalau hujan deras bisa longsor", "risiko"),
        ("Gudang petasan di tengah kampung, bahaya kalau sampai terbakar", "risiko"),
        ("Tadi ada asap dari kebun, ternyata cuma bakar daun kering", "tidak_terjadi"),
        ("Semalam mimpi rumah kebakaran, artinya apa ya", "kiasan"),
    ],
)
def test_a_danger_that_may_come_a_false_alarm_and_a_dream_are_not_urgent(text, reading):
    result = assess_urgency(text)

    assert not result.is_urgent
    assert reading in result.reading
