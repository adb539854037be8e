from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET
from django_ratelimit.decorators import ratelimit

from jembatan.core import public_cache
from jembatan.search.forms import SearchForm
from jembatan.search.selectors import search_public

# The results are the same for everyone who asks the same thing: kept in the shared cache
# (core.public_cache) by the version of the index (its writes bump it) and of the agencies.
PUBLIC_SCOPES = (public_cache.SEARCH, public_cache.SITE)


@require_GET
@ratelimit(key="ip", rate="60/m", block=False)
def search_page(request: HttpRequest) -> HttpResponse:
    """/cari/?q=…: news, services, programmes, agencies and public reports in one list."""
    if getattr(request, "limited", False):
        content = render_to_string("search/_search_content.html",
                                   {"form": SearchForm(), "limited": True}, request)
        return render(request, "search/search.html", {"content": content}, status=429)

    def context() -> dict:
        form = SearchForm(request.GET or None)
        form.is_valid()  # an unknown filter or page is dropped; the words still count
        data = getattr(form, "cleaned_data", {})
        q = (data.get("q") or "").strip()
        page = search_public(q=q, kind=data.get("kind") or "", agency=data.get("agency"),
                             page=data.get("page") or 1) if q else None
        query = request.GET.copy()
        query.pop("page", None)
        return {"form": form, "q": q, "page": page, "query": query.urlencode()}

    return public_cache.page(request, "search/search.html",
                             content_template="search/_search_content.html", name="search",
                             scopes=PUBLIC_SCOPES, context=context,
                             parts=(request.GET.urlencode(),), keep=("q",))
