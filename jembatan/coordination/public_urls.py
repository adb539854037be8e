"""Public pages of the Bakohumas space on the portal (included before the portal's own)."""

from django.urls import path

from jembatan.coordination import views_catalogue

app_name = "coordination_public"

urlpatterns = [
    path("instansi/<slug:slug>/layanan/", views_catalogue.service_public_list,
         name="agency_services"),
]
