from django.urls import path

from jembatan.opendata import views

app_name = "opendata"

urlpatterns = [
    path("", views.index, name="index"),
    path("data.json", views.data_json, name="data_json"),
    path("catalog.jsonld", views.catalog_jsonld, name="catalog_jsonld"),
    path("kamus/<slug:slug>.json", views.dictionary, name="dictionary"),
    path("<slug:slug>.<slug:fmt>", views.download, name="download"),
]
