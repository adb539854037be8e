"""Staff pages of the service catalogue, work programmes, shared agenda and library, under
/staf/bakohumas/ (included by coordination/urls.py)."""

from django.urls import path

from jembatan.coordination import views_agenda, views_catalogue, views_library

urlpatterns = [
    # Service catalogue
    path("layanan/", views_catalogue.service_list, name="service_list"),
    path("layanan/baru/", views_catalogue.service_create, name="service_create"),
    path("layanan/<int:pk>/", views_catalogue.service_detail, name="service_detail"),
    path("layanan/<int:pk>/ubah/", views_catalogue.service_edit, name="service_edit"),
    path("layanan/<int:pk>/teks/", views_catalogue.service_text, name="service_text"),
    # Work programmes
    path("program/", views_catalogue.programme_list, name="programme_list"),
    path("program/baru/", views_catalogue.programme_create, name="programme_create"),
    path("program/<int:pk>/", views_catalogue.programme_detail, name="programme_detail"),
    path("program/<int:pk>/ubah/", views_catalogue.programme_edit, name="programme_edit"),
    path("program/<int:pk>/hapus/", views_catalogue.programme_delete, name="programme_delete"),
    # Shared agenda
    path("agenda/", views_agenda.agenda_month, name="agenda_month"),
    path("agenda/minggu/", views_agenda.agenda_week, name="agenda_week"),
    path("agenda/daftar/", views_agenda.agenda_list, name="agenda_list"),
    path("agenda/baru/", views_agenda.agenda_create, name="agenda_create"),
    path("agenda/langganan/", views_agenda.agenda_feeds, name="agenda_feeds"),
    path("agenda/<int:pk>/", views_agenda.agenda_detail, name="agenda_detail"),
    path("agenda/<int:pk>/ubah/", views_agenda.agenda_edit, name="agenda_edit"),
    path("agenda/<int:pk>/liput/", views_agenda.agenda_cover, name="agenda_cover"),
    path("agenda/<int:pk>/lepas/", views_agenda.agenda_release, name="agenda_release"),
    path("agenda/<int:pk>/batalkan/", views_agenda.agenda_cancel, name="agenda_cancel"),
    # Library
    path("pustaka/", views_library.library_list, name="library_list"),
    path("pustaka/unggah/", views_library.library_upload, name="library_upload"),
    path("pustaka/pilih/", views_library.library_picker, name="library_picker"),
    path("pustaka/<int:pk>/", views_library.library_detail, name="library_detail"),
    path("pustaka/<int:pk>/ubah/", views_library.library_edit, name="library_edit"),
    path("pustaka/<int:pk>/hapus/", views_library.library_delete, name="library_delete"),
    path("pustaka/<int:pk>/berkas/", views_library.library_file, name="library_file"),
    path("pustaka/<int:pk>/gambar-kecil/", views_library.library_thumbnail,
         name="library_thumbnail"),
    path("pustaka/<int:pk>/pakai/", views_library.library_reuse, name="library_reuse"),
]
