from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django_ratelimit.decorators import ratelimit

from jembatan.search.forms import SearchForm
from jembatan.search.selectors import search_public


@require_GET
@ratelimit(key="ip", rate="60/m", block=False)
def search_page(request: HttpRequest) -> HttpResponse:
    """/cari/?q=…: news, services, programmes, agencies and public reports in one list."""
    if getattr(request, "limited", False):
        return render(request, "search/search.html", {"form": SearchForm(), "limited": True},
                      status=429)
    form = SearchForm(request.GET or None)
    form.is_valid()  # an unknown filter or page is dropped; the words still count
    data = getattr(form, "cleaned_data", {})
    q = (data.get("q") or "").strip()
    page = search_public(q=q, kind=data.get("kind") or "", agency=data.get("agency"),
                         page=data.get("page") or 1) if q else None
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "search/search.html", {
        "form": form, "q": q, "page": page, "query": query.urlencode(),
    })
