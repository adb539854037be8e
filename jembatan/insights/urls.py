"""The performance pages, by the prefix `jembatan/urls.py` mounts them at."""

from django.urls import path

from jembatan.insights import views

# /kinerja/
public = [
    path("", views.scorecard, name="scorecard"),
    path("<int:months>-bulan.<slug:fmt>", views.scorecard_export, name="scorecard_export"),
]
# /instansi/<slug>/kinerja/
agency_public = [
    path("", views.agency_scorecard, name="agency_scorecard"),
]
# /staf/kinerja/
staff = [
    path("", views.dashboard, name="dashboard"),
    path("publikasi/", views.publication, name="publication"),
    path("ekspor/<slug:table>.<slug:fmt>", views.dashboard_export, name="dashboard_export"),
    path("instansi/<slug:slug>/", views.agency_dashboard, name="agency_dashboard"),
    path("instansi/<slug:slug>/ekspor/<slug:table>.<slug:fmt>", views.agency_export,
         name="agency_export"),
    path("laporan-bulanan/", views.report_request, name="report_request"),
    path("laporan-bulanan/<int:pk>/", views.report_status, name="report_status"),
    path("laporan-bulanan/<int:pk>/unduh/", views.report_download, name="report_download"),
]
