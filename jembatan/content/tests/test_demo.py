"""The demo's joint posts: every state, many agencies, both information values, outbox
distributions; loading twice adds nothing."""

import pytest

from jembatan.content.demo.loader import content_demo_load
from jembatan.content.models import Distribution, Post, PostStatus, PostSuggestion

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_demo_posts_in_every_state(settings):
    settings.CONNECTORS_MODE = "outbox"
    assert set(Post.objects.values_list("status", flat=True)) == set(PostStatus.values)
    assert Post.objects.values("lead_agency").distinct().count() >= 10
    assert set(Post.objects.values_list("info_label", flat=True)) == {"informatif", "seremonial"}
    assert Post.objects.filter(comments__isnull=False).distinct().count() >= 5
    assert PostSuggestion.objects.filter(state="open").exists()
    assert PostSuggestion.objects.filter(state="accepted").exists()
    assert Distribution.objects.filter(status="outbox").exists()
    count = Post.objects.count()
    content_demo_load(log=lambda *a: None)
    assert Post.objects.count() == count


def test_published_demo_articles_have_a_drawn_picture_with_a_description():
    # The drawing itself: test_demo_banner_is_a_picture_of_the_open_graph_size.
    published = Post.objects.filter(status=PostStatus.PUBLISHED)
    assert published.exists()
    for post in published:
        assert post.image
        assert post.image_type == "image/png"
        assert post.image_alt.startswith("Spanduk")


def test_demo_banner_is_a_picture_of_the_open_graph_size():
    import io

    from PIL import Image

    from jembatan.content.demo.pictures import banner

    data = banner(fact="Waspada longsor di lereng Dieng", agency_name="BPBD Wonosobo",
                  agency_slug="bpbd")
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.size == (1200, 630)
