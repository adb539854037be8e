"""The home page: what is happening now, and the navigation every public page shares."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from jembatan.catalogue.tests.helpers import make_service
from jembatan.content.models import Post
from jembatan.participation.models import Consultation
from jembatan.participation.tests.conftest import comment_on, make_consultation
from jembatan.portal.navigation import section_of

pytestmark = pytest.mark.django_db

HOME = reverse("portal:home")


def test_home_lists_the_latest_published_news_with_agency_and_link(client, published, agency_a):
    post = published(title="Adminduk keliling di Kalikajar",
                     image_url="https://wonosobokab.go.id/media/adminduk.jpg")

    page = client.get(HOME).content.decode()

    assert post.get_absolute_url() in page
    assert "Adminduk keliling di Kalikajar" in page
    assert agency_a.short_name in page
    assert 'src="https://wonosobokab.go.id/media/adminduk.jpg"' in page


def test_home_leaves_out_drafts(client, agency_a, officer_a):
    from jembatan.content import actions

    actions.post_create(lead_agency=agency_a, title="Rancangan yang belum terbit",
                        body="Isi rancangan.", actor=officer_a)

    assert "Rancangan yang belum terbit" not in client.get(HOME).content.decode()


def test_home_lists_services_of_every_agency(client, agency_a, agency_b):
    make_service(agency_a, name="Pasang Baru Sambungan Air")
    make_service(agency_b, name="Legalisir Ijazah")

    page = client.get(HOME).content.decode()

    assert "Pasang Baru Sambungan Air" in page
    assert "Legalisir Ijazah" in page
    assert reverse("catalogue_public:agency_services", args=[agency_b.slug]) in page


def test_fresh_post_on_an_urgent_topic_is_a_banner(client, published):
    published(title="Waspada longsor di lereng Dieng", topic="Cuaca")

    page = client.get(HOME).content.decode()

    assert 'class="urgent-banner"' in page
    assert "Waspada longsor di lereng Dieng" in page


def test_urgent_post_stops_being_a_banner_after_its_hours(client, published, settings):
    post = published(title="Waspada longsor di lereng Dieng", topic="cuaca")
    Post.objects.filter(pk=post.pk).update(
        published_at=timezone.now() - dt.timedelta(hours=settings.URGENT_HOURS + 1))

    assert 'class="urgent-banner"' not in client.get(HOME).content.decode()


def test_ordinary_topic_is_no_banner(client, published):
    published(topic="adminduk")

    assert 'class="urgent-banner"' not in client.get(HOME).content.decode()


def test_home_offers_report_tracking_and_a_search_that_goes_to_cari(client):
    page = client.get(HOME).content.decode()

    assert reverse("reports:submit") in page
    assert reverse("reports:track") in page
    assert 'action="/cari/"' in page
    assert 'name="q"' in page


def test_home_promises_nothing_that_is_not_there(client):
    page = client.get(HOME).content.decode()

    assert "Ikut berpartisipasi" not in page
    assert "Take part" not in page


def test_home_lists_open_consultations_with_agency_closing_date_and_comments(
        client, agency_a, citizen):
    consultation = make_consultation(agency_a, Consultation.Status.OPEN)
    comment_on(consultation, author=citizen)
    comment_on(consultation, author=citizen, body="Mohon ada keringanan untuk warga miskin.")

    page = client.get(HOME).content.decode()

    assert "Konsultasi publik yang sedang dibuka" in page
    assert f'href="{consultation.get_absolute_url()}"' in page
    assert "Rancangan Perbup Retribusi Pelayanan Persampahan" in page
    assert agency_a.name in page
    # The page gives the day in Jakarta, which differs from UTC's for seven hours a day.
    assert f"Dibuka sampai {timezone.localtime(consultation.closes_at):%-d} " in page
    assert "2 komentar" in page
    assert f'href="{reverse("participation:list")}"' in page


@pytest.mark.parametrize("status", [
    Consultation.Status.DRAFT, Consultation.Status.SCHEDULED, Consultation.Status.CLOSED,
    Consultation.Status.ANSWERED, Consultation.Status.WITHDRAWN])
def test_home_shows_no_consultation_section_when_none_is_open(client, agency_a, status):
    make_consultation(agency_a, status, title="Rencana Induk Pariwisata Dieng")

    page = client.get(HOME).content.decode()

    assert "Konsultasi publik yang sedang dibuka" not in page
    assert "Rencana Induk Pariwisata Dieng" not in page


def test_home_query_count_does_not_grow_with_news_services_and_consultations(
        client, published, agency_a, agency_b, citizen, django_assert_max_num_queries):
    published(title="Berita pertama")
    make_service(agency_a, name="Layanan pertama")
    comment_on(make_consultation(agency_a, title="Konsultasi pertama"), author=citizen)
    client.get(HOME)
    cache.clear()  # the render itself, not the kept copy (core.public_cache)
    with django_assert_max_num_queries(13) as few:
        client.get(HOME)
    for number in range(6):
        published(title=f"Berita ke-{number}", co_authors=[agency_b])
        make_service(agency_b, name=f"Layanan ke-{number}")
        comment_on(make_consultation(agency_b, title=f"Konsultasi ke-{number}"),
                   author=citizen)

    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(HOME)


@pytest.mark.parametrize(("path", "section"), [
    ("/", "home"),
    ("/berita/", "news"),
    ("/berita/adminduk-keliling/", "news"),
    ("/laporan/", "reports"),
    ("/lapor/", "reports"),
    ("/instansi/", "agencies"),
    ("/instansi/dinas-kesehatan/", "agencies"),
    ("/instansi/dinas-kesehatan/layanan/", "services"),
    ("/layanan/", "services"),
    ("/partisipasi/", "participation"),
    ("/partisipasi/12/hasil/", "participation"),
    ("/cari/", "search"),
    ("/masuk/", ""),
])
def test_navigation_knows_the_section_of_a_path(path, section):
    assert section_of(path) == section


def test_every_public_page_has_the_main_navigation_with_the_current_page_marked(client, agency_a):
    for path in (HOME, reverse("content:public_list"), reverse("portal:agencies"),
                 reverse("catalogue_public:services"), reverse("reports:list"),
                 reverse("participation:list"), reverse("search:search")):
        page = client.get(path).content.decode()
        for target in (HOME, reverse("content:public_list"), reverse("participation:list"),
                       reverse("reports:list"), reverse("portal:agencies"),
                       reverse("catalogue_public:services"), reverse("search:search")):
            assert f'href="{target}"' in page, (path, target)
        assert page.count('aria-current="page"') == 1, path
        assert 'class="skip-link" href="#main"' in page


def test_menu_opens_without_javascript_as_a_link_to_itself(client):
    page = client.get(HOME).content.decode()

    assert 'class="nav-toggle" href="#site-nav"' in page


def test_sitemap_lists_sections_articles_agencies_and_their_services(
        client, published, agency_a, agency_b):
    post = published()
    make_service(agency_b, name="Legalisir Ijazah")

    body = client.get(reverse("sitemap")).content.decode()

    for path in (HOME, reverse("content:public_list"), reverse("portal:agencies"),
                 reverse("catalogue_public:services"), reverse("reports:list"),
                 post.get_absolute_url(), agency_a.get_absolute_url(),
                 reverse("catalogue_public:agency_services", args=[agency_b.slug])):
        assert f"<loc>http://testserver{path}</loc>" in body, path
    assert reverse("catalogue_public:agency_services", args=[agency_a.slug]) not in body


def test_sitemap_leaves_out_drafts(client, agency_a, officer_a):
    from jembatan.content import actions

    post = actions.post_create(lead_agency=agency_a, title="Rancangan", body="Isi.",
                               actor=officer_a)

    assert f"/berita/{post.pk}/" not in client.get(reverse("sitemap")).content.decode()


def test_robots_txt_points_to_the_sitemap_and_keeps_staff_pages_out(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /staf/" in body


def test_participation_sits_between_news_and_reports_in_the_navigation(client):
    page = client.get(reverse("participation:list")).content.decode()
    nav = page[page.index('id="site-nav"'):page.index("</nav>")]

    news, participation, reports = (nav.index(f'href="{reverse(name)}"') for name in (
        "content:public_list", "participation:list", "reports:list"))
    assert news < participation < reports
    assert f'href="{reverse("participation:list")}" aria-current="page"' in nav


def test_sitemap_lists_consultations_the_public_may_read(client, agency_a):
    shown = make_consultation(agency_a, Consultation.Status.OPEN)
    draft = make_consultation(agency_a, Consultation.Status.DRAFT)
    withdrawn = make_consultation(agency_a, Consultation.Status.WITHDRAWN)

    body = client.get(reverse("sitemap")).content.decode()

    assert f"<loc>http://testserver{reverse('participation:list')}</loc>" in body
    assert f"<loc>http://testserver{shown.get_absolute_url()}</loc>" in body
    for hidden in (draft, withdrawn):
        assert f"<loc>http://testserver{hidden.get_absolute_url()}</loc>" not in body
