"""The demo's home page looks like a real regency's: an urgent notice, news, services."""

import pytest
from django.urls import reverse

from jembatan.content.models import Post, PostStatus

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_demo_home_has_an_urgent_notice_news_and_services(client):
    page = client.get(reverse("portal:home")).content.decode()

    assert 'class="urgent-banner"' in page
    assert "waspada longsor di lereng Dieng" in page
    published = Post.objects.filter(status=PostStatus.PUBLISHED)
    assert published.count() >= 4
    for post in published[:4]:
        assert post.get_absolute_url() in page
    assert page.count('class="news-title"') >= 8  # news and services
