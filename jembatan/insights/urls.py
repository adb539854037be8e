"""Pages of the performance figures, by the prefix `jembatan/urls.py` mounts them at."""

from django.urls import path

from jembatan.insights import views

# /staf/kinerja/
staff = [
    path("publikasi/", views.publication, name="publication"),
]
