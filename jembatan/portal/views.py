"""The public site: home page, agency directory, health endpoints."""

from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from jembatan.catalogue import selectors as catalogue_selectors
from jembatan.content import selectors as content_selectors
from jembatan.core import health, public_cache, selectors
from jembatan.core.access import get_agency_for_public
from jembatan.core.models import Agency
from jembatan.participation import selectors as participation_selectors

HOME_NEWS = 6
HOME_SERVICES = 6
HOME_CONSULTATIONS = 3


HOME_SCOPES = (public_cache.SITE, public_cache.CONTENT, public_cache.PARTICIPATION,
               public_cache.CATALOGUE)
# Urgent notices end and consultations open and close by the clock, with no write at all.
HOME_TTL = 60


def home(request: HttpRequest) -> HttpResponse:
    """What is happening now: urgent notices, open consultations, the latest news, services
    that changed."""
    def context() -> dict:
        counts = selectors.agency_counts_by_kind()
        kinds = [(value, label, counts.get(value, 0)) for value, label in Agency.Kind.choices]
        return {
            "kinds": [row for row in kinds if row[2]],
            "agency_total": sum(counts.values()),
            "urgent": content_selectors.urgent_posts(),
            "consultations": participation_selectors.consultations_open_now(
                limit=HOME_CONSULTATIONS),
            "news": content_selectors.latest_public_posts(limit=HOME_NEWS),
            "services": catalogue_selectors.services_recently_updated(limit=HOME_SERVICES),
        }

    return public_cache.page(request, "portal/home.html",
                             content_template="portal/_home_content.html", name="home",
                             scopes=HOME_SCOPES, context=context, ttl=HOME_TTL)


AGENCY_SCOPES = (public_cache.SITE,)  # the agencies, their regions and parents


def agency_list(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    if kind not in Agency.Kind.values:
        kind = ""
    q = request.GET.get("q", "").strip()[:100]

    def context() -> dict:
        agencies = selectors.agencies_public()
        if kind:
            agencies = agencies.filter(kind=kind)
        if q:
            agencies = agencies.filter(
                Q(name__icontains=q) | Q(short_name__icontains=q) | Q(duties__icontains=q)
            )
        return {"agencies": agencies, "kind": kind, "q": q, "kinds": Agency.Kind.choices}

    return public_cache.page(request, "portal/agency_list.html",
                             content_template="portal/_agency_list_content.html",
                             name="agencies", scopes=AGENCY_SCOPES, context=context,
                             parts=(kind, q))


def agency_detail(request: HttpRequest, slug: str) -> HttpResponse:
    def context() -> dict:
        # The access check runs when the copy is built: a copy exists only of an active
        # agency, and deactivating one gives `site` a new version.
        agency = get_agency_for_public(slug)
        return {"agency": agency, "agency_name": agency.name,
                "head": render_to_string("content/_feed_links.html", {"agency": agency})}

    return public_cache.page(request, "portal/agency_detail.html",
                             content_template="portal/_agency_detail_content.html",
                             name="agency", scopes=AGENCY_SCOPES, context=context, parts=(slug,),
                             keep=("agency_name", "head"))


# Staff, account and machine pages are no business of a search engine.
ROBOTS_DISALLOW = ("/staf/", "/admin/", "/akun/", "/masuk/", "/api/", "/webhooks/", "/lacak/",
                   "/laporan-saya/")


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", *[f"Disallow: {path}" for path in ROBOTS_DISALLOW],
             f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Readiness: the database, Redis (with the Redis task backend), the age of the oldest task
    waiting for a worker and each scheduled job's last start; 503 when any is unhealthy
    (thresholds in jembatan/core/health.py)."""
    healthy, body = health.report()
    return JsonResponse(body, status=200 if healthy else 503)


@require_GET
def ping(request: HttpRequest) -> HttpResponse:
    """Liveness and the benchmark baseline: no database, no template, no session."""
    return HttpResponse("pong", content_type="text/plain")
