"""The joint-post editor: a picture uploaded or taken from the library (with its description),
co-authors ticked in a list, the author's agency leading by default, and the preview of each
social version with its length limit; published articles show their picture."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from jembatan.content import actions, previews
from jembatan.content.models import Post
from jembatan.content.tests.conftest import INFORMATIVE_BODY, staff
from jembatan.core.uploads import clean_upload
from jembatan.library import actions as library_actions

pytestmark = pytest.mark.django_db

CREATE = reverse("content:create")


def png(name="foto.png", size=(64, 36)) -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", size, (11, 92, 142)).save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def _form(agency, **extra):
    return {"lead_agency": agency.pk, "title": "Pelayanan adminduk keliling di Kalikajar",
            "body": INFORMATIVE_BODY, "topic": "adminduk", **extra}


def test_the_form_ticks_co_authors_and_leads_with_the_authors_agency(login, officer_a,
                                                                     agency_a, agency_b):
    response = login(officer_a).get(CREATE)
    html = response.content.decode()
    assert response.context["form"]["lead_agency"].value() == agency_a.pk
    assert 'type="checkbox" name="co_authors"' in html
    assert "<select name=\"co_authors\"" not in html
    assert "Ctrl" not in html
    assert 'id="co-author-search"' in html
    assert 'name="image_url"' not in html
    assert 'type="file" name="image"' in html
    # The preview panel with each platform's limit.
    for limit in ("2.200", "63.206", "4.096"):
        assert limit in html


def test_a_coordinator_writes_for_the_agency_they_belong_to(login, coordinator, agency_a,
                                                             agency_b):
    from jembatan.core.models import Membership
    from jembatan.core.tests.factories import MembershipFactory

    # agency_a's name comes first alphabetically; the coordinator belongs to agency_b.
    MembershipFactory(agency=agency_b, user=coordinator, role=Membership.Role.AGENCY_ADMIN)
    response = login(coordinator).get(CREATE)

    assert response.context["form"]["lead_agency"].value() == agency_b.pk


def test_an_uploaded_picture_needs_a_description_and_is_stored_cleaned(login, officer_a,
                                                                       agency_a):
    client = login(officer_a)
    response = client.post(CREATE, _form(agency_a, image=png()))
    assert response.status_code == 400
    assert "alternative text" in response.content.decode() or "alternatif" in \
        response.content.decode()

    response = client.post(CREATE, _form(agency_a, image=png(),
                                         image_alt="Petugas melayani warga di balai desa"))
    assert response.status_code == 302
    post = Post.objects.get()
    assert post.image
    assert post.image_type == "image/png"
    assert post.image_alt == "Petugas melayani warga di balai desa"
    picture = client.get(reverse("content:staff_image", args=[post.pk]))
    assert picture.status_code == 200
    assert picture["Content-Type"] == "image/png"
    # Not public while it is a draft.
    assert client.get(reverse("content:image", args=[post.pk])).status_code == 404


def test_a_file_that_is_not_a_picture_is_refused_with_a_message(login, officer_a, agency_a):
    fake = SimpleUploadedFile("foto.png", b"%PDF-1.4 not a picture", content_type="image/png")
    response = login(officer_a).post(CREATE, _form(agency_a, image=fake, image_alt="Foto"))
    assert response.status_code == 400
    assert not Post.objects.exists()
    assert "foto.png" in response.content.decode()


def test_a_picture_taken_from_the_library(login, officer_a, agency_a):
    item = library_actions.library_item_create(
        agency=agency_a, actor=officer_a, kind="photo", title="Jembatan Kali Serayu",
        date=dt.date(2026, 11, 2), permission="credit", upload=clean_upload(png("serayu.png")))
    client = login(officer_a)
    page = client.get(CREATE).content.decode()
    assert "Jembatan Kali Serayu" in page

    response = client.post(CREATE, _form(agency_a, image_library=item.pk))
    assert response.status_code == 302
    post = Post.objects.get()
    assert post.image
    assert post.image_alt == "Jembatan Kali Serayu"
    item.refresh_from_db()
    assert item.reuse_count == 1


def test_instagram_needs_a_picture(login, officer_a, agency_a):
    response = login(officer_a).post(CREATE, _form(agency_a, instagram="Adminduk keliling!"))
    assert response.status_code == 400
    assert not Post.objects.exists()


def test_a_published_article_shows_its_picture_and_opengraph(client, approved, admin_a,
                                                            officer_a, agency_a):
    from jembatan.content.actions import PictureChange
    from jembatan.core.uploads import clean_upload as clean

    post = approved(picture=PictureChange(alt="Antrean KTP-el di Balai Desa Kalikajar",
                                          upload=clean(png())))
    actions.post_publish(post=post, actor=staff(admin_a))
    post.refresh_from_db()
    image_url = reverse("content:image", args=[post.slug])

    detail = client.get(post.get_absolute_url()).content.decode()
    assert f'src="{image_url}"' in detail
    assert 'alt="Antrean KTP-el di Balai Desa Kalikajar"' in detail
    assert f'<meta property="og:image" content="http://testserver{image_url}">' in detail
    assert 'property="og:image:alt"' in detail
    listing = client.get(reverse("content:public_list")).content.decode()
    assert f'src="{image_url}"' in listing
    served = client.get(image_url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"


def test_the_preview_shows_the_fold_and_the_limits(login, officer_a):
    caption = "Adminduk keliling hadir di Kalikajar. " * 5
    response = login(officer_a).post(reverse("content:preview"), {
        "instagram": caption, "facebook": "x" * 63_207, "whatsapp": "",
        "preview_picture": "https://contoh.example/gambar.png"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "contoh.example" not in html  # only this site's own pictures
    assert html.count("<section class=\"preview") == 3
    assert "is-over" in html  # Facebook over 63,206
    assert "selengkapnya" in html or "more" in html  # Instagram folds after ~125 characters


def test_previews_count_like_the_platforms():
    found = {p.channel: p for p in previews.previews(
        {"instagram": "Info #adminduk #wonosobo\r\nGratis", "whatsapp": "a" * 4_097})}
    assert found["instagram"].count == len("Info #adminduk #wonosobo\nGratis")
    assert found["instagram"].hashtags == 2
    assert not found["instagram"].over
    assert found["whatsapp"].over
    assert found["whatsapp"].limit == 4_096
    assert found["facebook"].text == ""
