"""Normalisation of informal and Javanese Indonesian."""

from jembatan.triage import normalize


def test_urls_mentions_and_emoji_are_removed_and_hashtags_kept_as_words():
    cleaned = normalize.clean("Cek https://contoh.id @pemkab 🙏🙏 #JalanRusak")

    assert "http" not in cleaned
    assert "@" not in cleaned
    assert "🙏" not in cleaned
    assert "jalanrusak" in cleaned


def test_repeated_letters_are_collapsed():
    assert "banget" in normalize.clean("parah bangeeeet")


def test_informal_spellings_become_standard_words():
    words = normalize.words("jln yg rusak udh lama gk dibenerin")

    assert "jalan" in words
    assert "yang" in words
    assert "sudah" in words
    assert "tidak" in words


def test_tokens_are_stemmed_and_stopwords_dropped():
    tokens = normalize.tokens("perbaikan jalan yang berlubang di depan sekolah")

    assert "baik" in tokens
    assert "lubang" in tokens
    assert "yang" not in tokens
