"""Pages of the shared library, under /staf/bakohumas/pustaka/."""

from django.urls import path

from jembatan.library import views

app_name = "library"

urlpatterns = [
    path("", views.library_list, name="library_list"),
    path("unggah/", views.library_upload, name="library_upload"),
    path("pilih/", views.library_picker, name="library_picker"),
    path("<int:pk>/", views.library_detail, name="library_detail"),
    path("<int:pk>/ubah/", views.library_edit, name="library_edit"),
    path("<int:pk>/hapus/", views.library_delete, name="library_delete"),
    path("<int:pk>/berkas/", views.library_file, name="library_file"),
    path("<int:pk>/gambar-kecil/", views.library_thumbnail,
         name="library_thumbnail"),
    path("<int:pk>/pakai/", views.library_reuse, name="library_reuse"),
]
