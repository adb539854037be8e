from django.urls import path

from jembatan.content import views

app_name = "content"

urlpatterns = [
    path("berita/", views.public_list, name="public_list"),
    path("berita/<str:key>/", views.public_detail, name="public_detail"),
    path("staf/bakohumas/konten/", views.post_list, name="list"),
    path("staf/bakohumas/konten/baru/", views.post_create, name="create"),
    path("staf/bakohumas/konten/cek-informasi/", views.info_value_check, name="info_value"),
    path("staf/bakohumas/konten/kalender/", views.calendar_view, name="calendar"),
    path("staf/bakohumas/konten/pengaturan/", views.settings_view, name="settings"),
    path("staf/bakohumas/konten/<int:pk>/", views.post_detail, name="detail"),
    path("staf/bakohumas/konten/<int:pk>/ubah/", views.post_edit, name="edit"),
    path("staf/bakohumas/konten/<int:pk>/aksi/<str:action>/", views.post_action, name="action"),
    path("staf/bakohumas/konten/<int:pk>/komentar/", views.comment_create, name="comment"),
    path("staf/bakohumas/konten/<int:pk>/saran/", views.suggestion_create, name="suggest"),
    path("staf/bakohumas/konten/<int:pk>/saran/<int:sid>/<str:decision>/",
         views.suggestion_decide, name="suggestion_decide"),
    path("staf/bakohumas/konten/<int:pk>/bentrok/", views.clash_check, name="clash_check"),
]
