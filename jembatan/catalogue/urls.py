"""Pages of the service catalogue and the work programmes, by the prefix `jembatan/urls.py`
mounts them at."""

from django.urls import path

from jembatan.catalogue import views

# /instansi/<slug>/layanan/: an agency's services on the portal
public = [path("", views.service_public_list, name="agency_services")]
# /layanan/: every agency's services on the portal
public_all = [path("", views.service_public_all, name="services")]

# Staff
# /staf/bakohumas/layanan/
services = [
    path("", views.service_list, name="service_list"),
    path("baru/", views.service_create, name="service_create"),
    path("<int:pk>/", views.service_detail, name="service_detail"),
    path("<int:pk>/ubah/", views.service_edit, name="service_edit"),
    path("<int:pk>/teks/", views.service_text, name="service_text"),
]
# /staf/bakohumas/program/
programmes = [
    path("", views.programme_list, name="programme_list"),
    path("baru/", views.programme_create, name="programme_create"),
    path("<int:pk>/", views.programme_detail, name="programme_detail"),
    path("<int:pk>/ubah/", views.programme_edit, name="programme_edit"),
    path("<int:pk>/hapus/", views.programme_delete, name="programme_delete"),
]
