"""Staff pages of the service catalogue and the work programmes, under /staf/bakohumas/."""

from django.urls import path

from jembatan.catalogue import views

app_name = "catalogue"

urlpatterns = [
    # Service catalogue
    path("layanan/", views.service_list, name="service_list"),
    path("layanan/baru/", views.service_create, name="service_create"),
    path("layanan/<int:pk>/", views.service_detail, name="service_detail"),
    path("layanan/<int:pk>/ubah/", views.service_edit, name="service_edit"),
    path("layanan/<int:pk>/teks/", views.service_text, name="service_text"),
    # Work programmes
    path("program/", views.programme_list, name="programme_list"),
    path("program/baru/", views.programme_create, name="programme_create"),
    path("program/<int:pk>/", views.programme_detail, name="programme_detail"),
    path("program/<int:pk>/ubah/", views.programme_edit, name="programme_edit"),
    path("program/<int:pk>/hapus/", views.programme_delete, name="programme_delete"),
]
