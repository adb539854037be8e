"""Nothing published is an orphan: following links from the home page reaches every article
and every consultation the public may read."""

import re
from urllib.parse import urljoin, urlsplit

import pytest

from jembatan.content.models import Post, PostStatus
from jembatan.participation.models import Consultation
from jembatan.participation.tests.conftest import make_consultation

pytestmark = pytest.mark.django_db

LINK = re.compile(r'href="([^"#]+)')
# Pages a visitor reads; the crawl does not wander into forms, accounts or machine endpoints.
PUBLIC_PREFIXES = ("/berita/", "/instansi/", "/layanan/", "/partisipasi/")
MAX_PAGES = 400


def crawl(client, start: str = "/") -> set[str]:
    seen, queue = {start}, [start]
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        for href in LINK.findall(response.content.decode()):
            href = urljoin(path, href.replace("&amp;", "&"))
            parts = urlsplit(href)
            if parts.netloc or not parts.path.startswith(PUBLIC_PREFIXES):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def test_crawl_from_home_reaches_every_published_article(client, published, agency_b):
    for number in range(30):  # more than one page of the news list
        published(title=f"Berita nomor {number}", co_authors=[agency_b] if number % 2 else [])

    reached = crawl(client)

    articles = Post.objects.filter(status=PostStatus.PUBLISHED)
    assert articles.count() == 30
    missing = [post.title for post in articles if post.get_absolute_url() not in reached]
    assert missing == []


def test_crawl_from_home_reaches_every_consultation_but_drafts_and_withdrawn(client, agency_a,
                                                                            agency_b):
    statuses = list(Consultation.Status)
    for number in range(24):
        make_consultation(agency_a if number % 2 else agency_b, statuses[number % len(statuses)],
                          title=f"Konsultasi nomor {number}")

    reached = crawl(client)

    public = Consultation.objects.exclude(
        status__in=(Consultation.Status.DRAFT, Consultation.Status.WITHDRAWN))
    assert public.count() == 16
    missing = [c.title for c in public if c.get_absolute_url() not in reached]
    assert missing == []
    drafts = Consultation.objects.filter(status=Consultation.Status.DRAFT)
    assert not [c.title for c in drafts if c.get_absolute_url() in reached]
