"""The sentences of a post that state what, when, where, the requirements, the cost and whom
to contact: what an article page highlights."""

from jembatan.triage.quality import aspect_sentences

NOTICE = (
    "Disdukcapil membuka pelayanan adminduk keliling di kecamatan.\n\n"
    "Jadwal:\n- Selasa, pukul 08.00–12.00 WIB di Pendopo Kecamatan Kertek\n\n"
    "Layanan: perekaman KTP-el dan akta kelahiran.\n"
    "Syarat: bawa fotokopi Kartu Keluarga dan KTP-el lama.\n"
    "Biaya: gratis.\n"
    "Bila ada kendala, datang ke kantor Disdukcapil (Jl. Sabuk Alu) pada jam kerja.\n"
    "Informasi: WhatsApp 0812-2600-3307."
)


def test_a_heading_line_is_joined_to_the_line_it_introduces():
    assert aspect_sentences(NOTICE)["kapan"] == (
        "Selasa, pukul 08.00–12.00 WIB di Pendopo Kecamatan Kertek")


def test_a_sentence_labelled_with_its_aspect_wins_over_an_earlier_mention():
    found = aspect_sentences(NOTICE)

    # Without its label: the page names the aspect beside it.
    assert found["syarat"] == "Bawa fotokopi Kartu Keluarga dan KTP-el lama."
    assert found["biaya"] == "Gratis."
    assert found["kontak"] == "WhatsApp 0812-2600-3307."


def test_a_street_abbreviation_does_not_end_the_sentence():
    text = "Warga bisa datang ke kantor (Jl. Sabuk Alu) pada Senin, 14 Desember 2026."

    assert aspect_sentences(text)["kapan"] == text


def test_a_ceremonial_post_states_nothing_to_act_on():
    found = aspect_sentences("Bupati menghadiri syukuran. Acara berlangsung khidmat.")

    assert "syarat" not in found
    assert "kontak" not in found


def test_empty_text_has_no_facts():
    assert aspect_sentences("") == {}
