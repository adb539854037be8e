"""The public portal's own pages, by the prefix `jembatan/urls.py` mounts them at."""

from django.urls import path

from jembatan.portal import views

# /
home = [path("", views.home, name="home")]
# /instansi/
agencies = [
    path("", views.agency_list, name="agencies"),
    path("<slug:slug>/", views.agency_detail, name="agency"),
]
