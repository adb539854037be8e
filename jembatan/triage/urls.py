"""Staff pages of the routing model, by the prefix `jembatan/urls.py` mounts them at."""

from django.urls import path

from jembatan.triage import views

# /staf/routing/
routing = [
    path("", views.routing_status, name="routing"),
    path("latih/", views.routing_retrain, name="retrain"),
]
# /staf/cek-informasi/
info_value = [path("", views.info_value_checker, name="info_value")]
