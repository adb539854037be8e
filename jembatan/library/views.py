"""Pages of the shared library: search, upload, the item page, its files, and the picker that
joint content uses to put an item in a post."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jembatan.core.files import serve_file
from jembatan.core.forms import error_text, form_page
from jembatan.core.pagination import InvalidCursor, keyset_page
from jembatan.core.rules import agencies_for_editing
from jembatan.library import actions as library_actions
from jembatan.library import selectors as library_selectors
from jembatan.library.access import get_item_for_user, staff_required
from jembatan.library.forms import LibraryEditForm, LibraryFilterForm, LibraryItemForm
from jembatan.library.metadata import PLATFORM_LABELS
from jembatan.library.models import LibraryItem

PAGE_SIZE = 24
ITEM_QS = LibraryItem.objects.select_related("agency", "created_by").prefetch_related("tags")


@staff_required
def library_list(request: HttpRequest) -> HttpResponse:
    form = LibraryFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = library_selectors.LibraryFilters(
        q=data.get("q") or "", tag=data.get("tag") or "", agency=data.get("agency"),
        kind=data.get("kind") or "", permission=data.get("permission") or "")
    items = library_selectors.library_search(filters=filters)
    try:
        page = keyset_page(items, cursor=request.GET.get("cursor"), size=PAGE_SIZE)
    except InvalidCursor:
        page = keyset_page(items, cursor=None, size=PAGE_SIZE)
    query = request.GET.copy()
    query.pop("cursor", None)
    return render(request, "library/library_list.html", {
        "form": form, "page": page, "query": query.urlencode(),
        "tags": library_selectors.popular_tags(),
        "can_add": agencies_for_editing(request.user).exists(),
    })


@staff_required
def library_upload(request: HttpRequest) -> HttpResponse:
    if not agencies_for_editing(request.user).exists():
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied
    form = LibraryItemForm(request.POST or None, request.FILES or None, user=request.user)

    def save(data):
        return library_actions.library_item_create(
            agency=data["agency"], actor=request.user, kind=data["kind"], title=data["title"],
            date=data["date"], permission=data["permission"],
            description=data["description"], credit=data["credit"], tags=data["tags"],
            upload=data["upload"], video_url=data["video_url"] or "")

    return form_page(request, form, save, done=_("The item was added to the library."),
                     template="library/library_form.html")


@staff_required
def library_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_item_for_user(request, ITEM_QS, pk)
    return render(request, "library/library_detail.html", {
        "item": item, "platform": PLATFORM_LABELS.get(item.video_platform, ""),
        "can_change": request.user.has_perm("library.change_item", item),
    })


@staff_required
def library_edit(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_item_for_user(request, ITEM_QS, pk, change=True)
    form = LibraryEditForm(request.POST or None, instance=LibraryItem.objects.get(pk=item.pk))

    def save(data):
        values = {k: v for k, v in data.items() if k != "tags"}
        library_actions.library_item_update(item=item, actor=request.user, tags=data["tags"],
                                            **values)
        return item

    return form_page(request, form, save, done=_("The item was saved."),
                     template="library/library_form.html", context={"item": item})


@require_POST
@staff_required
def library_delete(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_item_for_user(request, ITEM_QS, pk, change=True)
    library_actions.library_item_delete(item=item, actor=request.user)
    messages.success(request, _("The item was removed from the library."))
    return redirect("library:library_list")


@staff_required
def library_file(request: HttpRequest, pk: int) -> HttpResponse:
    """Files are served to staff only: the library is not public, some items are internal."""
    item = get_item_for_user(request, LibraryItem.objects.all(), pk)
    return serve_file(item.file, content_type=item.content_type,
                      filename=item.original_name or f"pustaka-{item.pk}")


@staff_required
def library_thumbnail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_item_for_user(request, LibraryItem.objects.all(), pk)
    return serve_file(item.thumbnail, content_type="image/jpeg",
                      filename=f"thumb-{item.pk}.jpg")


@require_POST
@staff_required
def library_reuse(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that the item goes into a post (the picker's button posts here)."""
    item = get_item_for_user(request, LibraryItem.objects.select_related("agency"), pk)
    try:
        # Read without a form: NUL is dropped here, as PostgreSQL cannot store it.
        library_actions.library_item_reuse(item=item, actor=request.user,
                                   note=request.POST.get("note", "").replace("\x00", "")[:200])
    except ValidationError as error:
        if request.htmx:
            return HttpResponse(error_text(error), status=409)
        messages.error(request, error_text(error))
        return redirect(item.get_absolute_url())
    if request.htmx:
        return render(request, "library/library_reused.html", {"item": item})
    messages.success(request, _("Recorded: this item is used in a post."))
    return redirect(item.get_absolute_url())


@staff_required
def library_picker(request: HttpRequest) -> HttpResponse:
    """A partial listing items that may go in a post, searchable; for the post editor."""
    q = request.GET.get("q", "")[:200]
    kind = request.GET.get("kind", "")
    if kind not in LibraryItem.Kind.values:
        kind = ""
    items = library_selectors.library_item_choices(request.user, q=q, kind=kind)
    return render(request, "library/library_picker.html",
                  {"items": items, "q": q, "kind": kind, "kinds": LibraryItem.Kind.choices,
                   "target": request.GET.get("target", "")[:60]})
