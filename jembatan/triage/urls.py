from django.urls import path

from jembatan.triage import views

app_name = "triage"

urlpatterns = [
    path("staf/routing/", views.routing_status, name="routing"),
    path("staf/routing/latih/", views.routing_retrain, name="retrain"),
    path("staf/cek-informasi/", views.info_value_checker, name="info_value"),
]
