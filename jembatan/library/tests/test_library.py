"""The shared library: uploads checked by content, EXIF removed, thumbnails in the background,
video links, search, keyset pages, files for staff only, and reuse in posts."""

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from jembatan.core.models import AuditEntry
from jembatan.core.uploads import CleanFile
from jembatan.library import actions as library_actions
from jembatan.library import metadata as library_metadata
from jembatan.library import selectors as library_selectors
from jembatan.library import uploads as library_uploads
from jembatan.library.models import LibraryItem
from jembatan.library.tests.helpers import docx_upload, image_upload, pdf_upload

pytestmark = pytest.mark.django_db

LIST = reverse("library:library_list")
UPLOAD = reverse("library:library_upload")


def upload_form(agency, **values):
    data = {"agency": agency.pk, "kind": "photo", "title": "Candi Arjuna pagi hari",
            "date": "2026-11-20", "permission": "credit", "credit": "Foto: Disparbud",
            "tags": "dieng, Wisata, #budaya"}
    data.update(values)
    return data


def make_item(agency, *, kind="photo", upload=None, video_url="", **values):
    if upload is None and kind != "video":
        upload = library_uploads.clean_library_upload(image_upload(), kind=kind)
    defaults = {"title": "Foto kegiatan", "date": dt.date(2026, 11, 20), "permission": "credit"}
    defaults.update(values)
    return library_actions.library_item_create(agency=agency, actor=None, kind=kind, upload=upload,
                                       video_url=video_url, **defaults)


# --- uploads ----------------------------------------------------------------------------------


def test_photo_upload_strips_exif_makes_a_thumbnail_and_keeps_tags(
        login, officer_a, agency_a, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = login(officer_a).post(UPLOAD, {**upload_form(agency_a),
                                                  "file": image_upload(size=(1600, 1200))})

    assert response.status_code == 302
    item = LibraryItem.objects.get()
    assert item.content_type == "image/jpeg"
    with item.file.open("rb") as handle, Image.open(handle) as stored:
        assert not stored.getexif()
    assert item.thumbnail
    with item.thumbnail.open("rb") as handle, Image.open(handle) as thumb:
        assert max(thumb.size) <= 480
        assert not thumb.getexif()
    assert sorted(t.name for t in item.tags.all()) == ["budaya", "dieng", "wisata"]
    assert AuditEntry.objects.filter(action="library_item_create", actor=officer_a).exists()


def test_thumbnail_is_made_by_a_background_task_after_commit(agency_a,
                                                             django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        item = make_item(agency_a)

    assert len(callbacks) == 1
    assert not item.thumbnail
    assert library_actions.library_thumbnail_make(item.pk)
    item.refresh_from_db()
    assert item.thumbnail.name.endswith(".jpg")


def test_a_renamed_file_is_recognised_by_its_content(login, officer_a, agency_a):
    fake = SimpleUploadedFile("foto.jpg", b"MZ\x90\x00 not an image at all",
                              content_type="image/jpeg")

    response = login(officer_a).post(UPLOAD, {**upload_form(agency_a), "file": fake})

    assert response.status_code == 400
    assert "file" in response.context["form"].errors
    assert not LibraryItem.objects.exists()


@pytest.mark.parametrize(("maker", "mime"), [
    (docx_upload, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (pdf_upload, "application/pdf"),
])
def test_documents_are_sniffed(login, officer_a, agency_a, maker, mime):
    response = login(officer_a).post(UPLOAD, {**upload_form(agency_a, kind="document",
                                                            title="Standar pelayanan"),
                                              "file": maker()})

    assert response.status_code == 302
    item = LibraryItem.objects.get()
    assert item.content_type == mime
    assert not item.thumbnail


def test_a_photo_cannot_be_filed_as_a_document(agency_a):
    with pytest.raises(ValidationError):
        library_uploads.clean_library_upload(image_upload(), kind="document")


def test_file_is_required_except_for_a_press_release_with_text(login, officer_a, agency_a):
    client = login(officer_a)
    missing = client.post(UPLOAD, upload_form(agency_a))
    text_only = client.post(UPLOAD, upload_form(agency_a, kind="press_release",
                                                 title="Siaran pers Hari Jadi",
                                                 description="WONOSOBO – Pemkab menggelar…"))

    assert missing.status_code == 400
    assert text_only.status_code == 302


@pytest.mark.parametrize(("url", "platform"), [
    ("https://www.youtube.com/watch?v=abc123", "youtube"),
    ("https://youtu.be/abc123", "youtube"),
    ("https://www.instagram.com/reel/xyz/", "instagram"),
    ("https://fb.watch/abc/", "facebook"),
    ("https://www.tiktok.com/@pemkab/video/1", "tiktok"),
    ("https://video.wonosobokab.go.id/hari-jadi.mp4", "web"),
])
def test_video_links_recognise_platforms(url, platform):
    assert library_metadata.video_platform(url) == platform


@pytest.mark.parametrize("url", ["http://www.youtube.com/watch?v=abc", "javascript:alert(1)",
                                 "ftp://example.com/video"])
def test_video_links_must_be_https(login, officer_a, agency_a, url):
    with pytest.raises(ValidationError):
        library_metadata.video_platform(url)
    response = login(officer_a).post(UPLOAD, upload_form(agency_a, kind="video", video_url=url))
    assert response.status_code == 400
    assert not LibraryItem.objects.exists()


def test_too_many_tags_is_a_clear_error():
    with pytest.raises(ValidationError):
        library_metadata.parse_tags(", ".join(f"tag{n}" for n in range(12)))


# --- who sees and changes what ----------------------------------------------------------------


def test_citizen_gets_403_on_the_library_and_its_files(login, citizen, agency_a):
    item = make_item(agency_a)
    client = login(citizen)

    assert client.get(LIST).status_code == 403
    assert client.get(reverse("library:library_file", args=[item.pk])).status_code == 403


def test_staff_of_other_agency_opens_files_but_cannot_edit(login, officer_b, agency_a):
    item = make_item(agency_a)
    library_actions.library_thumbnail_make(item.pk)
    client = login(officer_b)

    file_response = client.get(reverse("library:library_file", args=[item.pk]))
    thumb_response = client.get(reverse("library:library_thumbnail", args=[item.pk]))
    edit = client.post(reverse("library:library_edit", args=[item.pk]), {"title": "X"})
    delete = client.post(reverse("library:library_delete", args=[item.pk]))

    assert file_response.status_code == 200
    assert file_response["Content-Type"] == "image/jpeg"
    assert thumb_response.status_code == 200
    assert edit.status_code == 403
    assert delete.status_code == 403


def test_owner_edits_metadata_and_tags(login, officer_a, agency_a):
    item = make_item(agency_a, tags=["lama"])

    response = login(officer_a).post(reverse("library:library_edit", args=[item.pk]), {
        "title": "Foto kegiatan", "date": "2026-11-20", "permission": "free",
        "credit": "Foto: DPUPR", "tags": "jalan, infrastruktur"})

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.permission == "free"
    assert sorted(t.name for t in item.tags.all()) == ["infrastruktur", "jalan"]
    entry = AuditEntry.objects.get(action="library_item_update")
    assert set(entry.changes) == {"permission", "credit", "tags"}


def test_owner_deletes_the_item_and_its_file(login, officer_a, agency_a, media_root,
                                             django_capture_on_commit_callbacks):
    item = make_item(agency_a)
    path = media_root / item.file.name

    with django_capture_on_commit_callbacks(execute=True):
        login(officer_a).post(reverse("library:library_delete", args=[item.pk]))

    assert not LibraryItem.objects.exists()
    assert not path.exists()


# --- search and pages ---------------------------------------------------------------------------


def test_search_by_text_tag_agency_and_kind(login, officer_a, agency_a, agency_b):
    make_item(agency_a, title="Pengaspalan jalan Kertek", tags=["jalan"])
    make_item(agency_b, title="Pipa bocor diperbaiki", tags=["air"])
    make_item(agency_b, kind="video", title="Video hemat air",
              video_url="https://youtu.be/hemat", tags=["air"])
    client = login(officer_a)

    def titles(**params):
        return {i.title for i in client.get(LIST, params).context["page"].items}

    assert titles(q="kertek") == {"Pengaspalan jalan Kertek"}
    assert titles(tag="#Air") == {"Pipa bocor diperbaiki", "Video hemat air"}
    assert titles(agency=agency_a.slug) == {"Pengaspalan jalan Kertek"}
    assert titles(kind="video") == {"Video hemat air"}


def test_library_pages_with_a_cursor_and_constant_queries(login, officer_a, agency_a,
                                                          django_assert_max_num_queries):
    upload_data = image_upload().read()
    for n in range(30):
        upload = CleanFile(
            SimpleUploadedFile(f"f{n}.jpg", upload_data), "image/jpeg", f"f{n}.jpg")
        make_item(agency_a, upload=upload, title=f"Foto {n:02d}", tags=["dieng", f"t{n}"])
    client = login(officer_a)

    with django_assert_max_num_queries(16):
        first = client.get(LIST)
    second = client.get(LIST, {"cursor": first.context["page"].next_cursor})

    seen = [i.title for i in first.context["page"].items + second.context["page"].items]
    assert len(seen) == len(set(seen)) == 30


# --- reuse in posts ---------------------------------------------------------------------------


def test_choices_leave_internal_items_out(officer_b, citizen, agency_a):
    make_item(agency_a, title="Bebas pakai", permission="free")
    make_item(agency_a, title="Internal", permission="internal")

    assert [i.title for i in library_selectors.library_item_choices(officer_b)] == ["Bebas pakai"]
    assert library_selectors.library_item_choices(citizen) == []


def test_reuse_is_counted_and_audited_but_internal_items_refuse(login, officer_b, agency_a):
    free = make_item(agency_a, permission="free")
    internal = make_item(agency_a, permission="internal")
    client = login(officer_b)

    client.post(reverse("library:library_reuse", args=[free.pk]))
    client.post(reverse("library:library_reuse", args=[free.pk]),
                headers={"HX-Request": "true"})
    refused = client.post(reverse("library:library_reuse", args=[internal.pk]),
                          headers={"HX-Request": "true"})

    free.refresh_from_db()
    internal.refresh_from_db()
    assert free.reuse_count == 2
    assert internal.reuse_count == 0
    assert refused.status_code == 409
    assert AuditEntry.objects.filter(action="library_item_reuse", actor=officer_b).count() == 2


def test_reuse_note_loses_nul_characters(login, officer_b, agency_a):
    item = make_item(agency_a, permission="free")

    response = login(officer_b).post(reverse("library:library_reuse", args=[item.pk]),
                                     {"note": "Rilis\x00 banjir"})

    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="library_item_reuse")
    assert "\x00" not in entry.note


def test_picker_partial_lists_usable_items(login, officer_b, agency_a):
    make_item(agency_a, title="Infografis KTP-el", permission="free")
    make_item(agency_a, title="Rahasia", permission="internal")

    response = login(officer_b).get(reverse("library:library_picker"),
                                    {"q": "ktp", "target": "id_library_items"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Infografis KTP-el" in html
    assert "Rahasia" not in html
    assert 'data-pick-target="id_library_items"' in html
    assert "<html" not in html


def test_upload_with_an_oversized_image_is_refused(agency_a, monkeypatch):
    monkeypatch.setattr(library_uploads, "MAX_BYTES", 100)

    with pytest.raises(ValidationError):
        library_uploads.clean_library_upload(image_upload(), kind="photo")


def test_png_keeps_its_format(agency_a):
    out = io.BytesIO()
    Image.new("RGBA", (50, 50), (255, 0, 0, 128)).save(out, format="PNG")
    upload = SimpleUploadedFile("grafik.png", out.getvalue())

    clean = library_uploads.clean_library_upload(upload, kind="infographic")

    assert clean.content_type == "image/png"
    assert clean.content.name == "grafik.png"
