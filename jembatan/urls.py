from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from jembatan.api.urls import api
from jembatan.core import auth_views as account_views
from jembatan.core import views as core_views
from jembatan.core.auth_views import LoginView, PasswordResetView
from jembatan.portal import views as portal_views

urlpatterns = [
    path("__ping", portal_views.ping, name="ping"),
    path("healthz", portal_views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("logo", core_views.jurisdiction_logo, name="jurisdiction_logo"),
    path("api/v1/", api.urls),
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
    path("", include("jembatan.reports.urls")),
    path("", include("jembatan.triage.urls")),
    path("", include("jembatan.connectors.urls")),
    path("staf/notifikasi/", include("jembatan.notifications.urls")),
    path("staf/bakohumas/forum/", include("jembatan.forum.urls")),
    path("staf/bakohumas/permintaan/", include("jembatan.agency_requests.urls")),
    path("staf/bakohumas/", include("jembatan.catalogue.urls")),
    path("staf/bakohumas/agenda/", include("jembatan.agenda.urls")),
    path("staf/bakohumas/pustaka/", include("jembatan.library.urls")),
    path("", include("jembatan.content.urls")),
    path("staf/", include("jembatan.core.urls")),
    path("admin/", admin.site.urls),
    path("", include("jembatan.catalogue.public_urls")),
    path("", include("jembatan.portal.urls")),
]
