"""Public pages of the catalogue on the portal (included before the portal's own)."""

from django.urls import path

from jembatan.catalogue import views

app_name = "catalogue_public"

urlpatterns = [
    path("instansi/<slug:slug>/layanan/", views.service_public_list,
         name="agency_services"),
]
