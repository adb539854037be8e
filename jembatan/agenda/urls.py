"""Pages of the shared agenda, under /staf/bakohumas/agenda/."""

from django.urls import path

from jembatan.agenda import views

app_name = "agenda"

urlpatterns = [
    path("", views.agenda_month, name="agenda_month"),
    path("minggu/", views.agenda_week, name="agenda_week"),
    path("daftar/", views.agenda_list, name="agenda_list"),
    path("baru/", views.agenda_create, name="agenda_create"),
    path("langganan/", views.agenda_feeds, name="agenda_feeds"),
    path("<int:pk>/", views.agenda_detail, name="agenda_detail"),
    path("<int:pk>/ubah/", views.agenda_edit, name="agenda_edit"),
    path("<int:pk>/liput/", views.agenda_cover, name="agenda_cover"),
    path("<int:pk>/lepas/", views.agenda_release, name="agenda_release"),
    path("<int:pk>/batalkan/", views.agenda_cancel, name="agenda_cancel"),
]
