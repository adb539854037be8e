"""The search page, at the prefix `jembatan/urls.py` mounts it (/cari/)."""

from django.urls import path

from jembatan.search import views

app_name = "search"

urlpatterns = [path("", views.search_page, name="search")]
