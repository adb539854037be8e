"""Every URL prefix of Jembatan, and the app whose pages are under it.

An app with pages under one prefix is included as a module (its `app_name` is the namespace).
An app with pages under several prefixes lists them in its `urls.py`, one list per prefix, and
`app()` gathers them under the one namespace Django allows per app (`reports:submit`,
`reports:inbox`). No two prefixes below can match the same path, so the order of the lines does
not matter; the order inside an app's list does (`laporan/feed/` before `laporan/<str:code>/`).
`core/tests/routes.txt` lists every resulting route and name.
"""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path

from jembatan.api.urls import api
from jembatan.catalogue import urls as catalogue
from jembatan.connectors import urls as connectors
from jembatan.content import urls as content
from jembatan.core import auth_views as account_views
from jembatan.core import metrics as core_metrics
from jembatan.core import urls as core
from jembatan.core import views as core_views
from jembatan.core.auth_views import LoginView, PasswordResetView
from jembatan.insights import urls as insights
from jembatan.lapor import urls as lapor
from jembatan.open311 import urls as open311
from jembatan.opendata import urls as opendata
from jembatan.participation import urls as participation
from jembatan.portal import urls as portal
from jembatan.portal import views as portal_views
from jembatan.portal.sitemaps import SITEMAPS
from jembatan.reports import urls as reports
from jembatan.triage import urls as triage


def app(namespace, *mounts):
    """The lists of one app, each at its own prefix, under the app's namespace."""
    return path("", include((list(mounts), namespace)))


# 404 and 500 are Django's own views with templates/404.html and 500.html; 500.html is rendered
# without the database or the request, the others in the site's layout. A lost database or
# Redis connection answers 503 with Retry-After instead of 500 (core/unavailable.py).
handler403 = "jembatan.core.views.permission_denied"
handler500 = "jembatan.core.unavailable.server_error"

urlpatterns = [
    # For machines and the whole site
    path("__ping", portal_views.ping, name="ping"),
    path("healthz", portal_views.healthz, name="healthz"),
    path("metrics", core_metrics.metrics, name="metrics"),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_view, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("logo", core_views.jurisdiction_logo, name="jurisdiction_logo"),
    path("api/v1/", api.urls),
    app("open311", path("open311/v2/", include(open311.georeport)),
        path("staf/open311/", include(open311.staff))),
    path("admin/", admin.site.urls),
    # Accounts
    path("masuk/", LoginView.as_view(), name="login"),
    path("masuk/kode/", account_views.login_code, name="login_code"),
    path("akun/", account_views.account, name="account"),
    path("akun/sandi/", account_views.password_change, name="password_change"),
    path("akun/dua-langkah/", account_views.two_factor_enrol, name="two_factor_enrol"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("lupa-sandi/", PasswordResetView.as_view(), name="password_reset"),
    path(
        "lupa-sandi/terkirim/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "lupa-sandi/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "lupa-sandi/selesai/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    # Apps with public pages, and their staff pages
    app(
        "portal",
        path("", include(portal.home)),
        path("instansi/", include(portal.agencies)),
    ),
    app(
        "reports",
        path("lapor/", include(reports.submit)),
        path("lacak/", include(reports.track)),
        path("laporan-saya/", include(reports.mine)),
        path("laporan/", include(reports.public)),
        path("wilayah/", include(reports.places)),
        path("staf/laporan/", include(reports.staff)),
    ),
    app("lapor", path("staf/lapor/", include(lapor.staff))),
    app(
        "connectors",
        path("webhooks/", include(connectors.webhooks)),
        path("instansi/<slug:slug>/tanya/", include(connectors.ask)),
        path("tanya/", include(connectors.questions)),
        path("staf/instansi/<slug:slug>/kanal/", include(connectors.accounts)),
        path("staf/percakapan/", include(connectors.staff)),
    ),
    app(
        "catalogue_public",
        path("instansi/<slug:slug>/layanan/", include(catalogue.public)),
        path("layanan/", include(catalogue.public_all)),
    ),
    app(
        "content",
        path("berita/", include(content.public)),
        path("staf/bakohumas/konten/", include(content.staff)),
    ),
    app(
        "participation",
        path("partisipasi/", include(participation.public)),
        path("staf/partisipasi/", include(participation.staff)),
    ),
    app(
        "insights",
        path("kinerja/", include(insights.public)),
        path("instansi/<slug:slug>/kinerja/", include(insights.agency_public)),
        path("staf/kinerja/", include(insights.staff)),
    ),
    # Apps with staff pages only
    app(
        "core",
        path("staf/", include(core.start)),
        path("staf/instansi/<slug:slug>/", include(core.agency)),
        path("staf/audit/", include(core.audit)),
        path("staf/hari-kerja/", include(core.workdays)),
        path("staf/tugas-latar/", include(core.tasks)),
    ),
    app(
        "triage",
        path("staf/routing/", include(triage.routing)),
        path("staf/cek-informasi/", include(triage.info_value)),
    ),
    path("cari/", include("jembatan.search.urls")),
    path("data/", include(opendata)),
    path("staf/notifikasi/", include("jembatan.notifications.urls")),
    path("staf/bakohumas/forum/", include("jembatan.forum.urls")),
    path("staf/bakohumas/permintaan/", include("jembatan.agency_requests.urls")),
    path("staf/bakohumas/agenda/", include("jembatan.agenda.urls")),
    path("staf/bakohumas/pustaka/", include("jembatan.library.urls")),
    path("staf/webhook/", include("jembatan.webhooks.urls")),
    app(
        "catalogue",
        path("staf/bakohumas/layanan/", include(catalogue.services)),
        path("staf/bakohumas/program/", include(catalogue.programmes)),
    ),
]
