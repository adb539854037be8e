"""The public news pages (/berita/) and their feeds."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from jembatan.catalogue.tests.helpers import make_service

pytestmark = pytest.mark.django_db

NEWS = reverse("content:public_list")


def test_list_shows_published_news_and_not_drafts(client, published, draft):
    published(title="Pemadaman air di Kertek")
    draft(title="Masih rancangan")

    page = client.get(NEWS).content.decode()

    assert "Pemadaman air di Kertek" in page
    assert "Masih rancangan" not in page


def test_filter_by_agency_keeps_its_posts_led_or_co_authored(
        client, published, agency_a, agency_b, agency_c, officer_c):
    published(title="Berita A dengan B", co_authors=[agency_b])
    published(title="Berita A saja", co_authors=[])

    page = client.get(NEWS, {"agency": agency_b.slug}).content.decode()

    assert "Berita A dengan B" in page
    assert "Berita A saja" not in page


def test_filter_by_topic_ignores_case(client, published):
    published(title="Air keruh di Sapuran", topic="Air Bersih")
    published(title="Imunisasi campak", topic="vaksinasi")

    page = client.get(NEWS, {"topic": "air bersih"}).content.decode()

    assert "Air keruh di Sapuran" in page
    assert "Imunisasi campak" not in page


def test_next_page_link_keeps_the_filters(client, published, agency_a, monkeypatch):
    monkeypatch.setattr("jembatan.content.views.PAGE_SIZE", 2)
    for number in range(3):
        published(title=f"Berita ke-{number}", topic="adminduk")

    page = client.get(NEWS, {"agency": agency_a.slug, "topic": "adminduk"}).content.decode()

    assert f"?agency={agency_a.slug}&amp;topic=adminduk&amp;cursor=" in page


def test_list_query_count_does_not_grow_with_posts(client, published, agency_b,
                                                   django_assert_max_num_queries):
    published(title="Berita awal")
    client.get(NEWS)
    cache.clear()  # the build of the page is counted, not its kept copy (core.public_cache)
    with django_assert_max_num_queries(12) as few:
        client.get(NEWS)
    for number in range(8):
        published(title=f"Berita ke-{number}", co_authors=[agency_b])

    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(NEWS)


def test_article_highlights_the_facts_a_reader_needs(client, published):
    post = published()

    page = client.get(post.get_absolute_url()).content.decode()

    assert 'class="facts-highlight"' in page
    assert "<dt>Apa · Waktu · Di mana</dt>" in page
    assert "<dt>Kontak</dt><dd>WhatsApp 0812-2600-1234 atau" in page


def test_article_has_preview_tags_canonical_and_share_links(client, published):
    post = published(image_url="https://wonosobokab.go.id/media/air.jpg")

    page = client.get(post.get_absolute_url()).content.decode()

    url = f"http://testserver{post.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in page
    assert f'<meta property="og:url" content="{url}">' in page
    assert '<meta property="og:image" content="https://wonosobokab.go.id/media/air.jpg">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert "https://wa.me/?text=" in page
    assert "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver" in page
    assert 'media="print"' in page
    assert "<script src=\"https://" not in page


def test_article_lists_related_services_of_its_agency(client, published, agency_a, agency_b):
    make_service(agency_a, name="Pasang Baru Sambungan Air")
    make_service(agency_b, name="Legalisir Ijazah")
    post = published(topic="")

    page = client.get(post.get_absolute_url()).content.decode()

    assert "Pasang Baru Sambungan Air" in page
    assert "Legalisir Ijazah" not in page


def test_draft_article_is_not_found(client, draft):
    post = draft()

    assert client.get(reverse("content:public_detail", args=[post.pk])).status_code == 404


def test_rss_and_atom_feeds_list_published_news(client, published, draft):
    published(title="Pemadaman air di Kertek")
    draft(title="Masih rancangan")

    rss = client.get(reverse("content:feed_rss"))
    atom = client.get(reverse("content:feed_atom"))

    assert rss["Content-Type"].startswith("application/rss+xml")
    assert atom["Content-Type"].startswith("application/atom+xml")
    for response in (rss, atom):
        body = response.content.decode()
        assert "Pemadaman air di Kertek" in body
        assert "Masih rancangan" not in body


def test_agency_feed_lists_only_that_agencys_news(client, published, agency_a, agency_b):
    published(title="Berita A dengan B", co_authors=[agency_b])
    published(title="Berita A saja", co_authors=[])

    body = client.get(reverse("content:agency_feed_atom", args=[agency_b.slug])).content.decode()

    assert "Berita A dengan B" in body
    assert "Berita A saja" not in body
    assert client.get(reverse("content:agency_feed_rss", args=["tidak-ada"])).status_code == 404


def test_pages_link_their_feeds(client, published, agency_a):
    post = published()

    for path in (reverse("portal:home"), NEWS, post.get_absolute_url(), agency_a.get_absolute_url()):
        page = client.get(path).content.decode()
        assert 'rel="alternate" type="application/rss+xml"' in page, path
        assert f'href="{reverse("content:feed_atom")}"' in page, path


def test_unknown_topic_drops_only_the_topic_filter(client, published, agency_a, agency_b):
    published(title="Berita A dengan B", co_authors=[agency_b])
    published(title="Berita A saja", co_authors=[])

    page = client.get(NEWS, {"agency": agency_b.slug, "topic": "tidak-ada"}).content.decode()

    assert "Berita A dengan B" in page
    assert "Berita A saja" not in page
