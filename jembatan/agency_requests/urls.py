"""Pages of the requests between agencies, under /staf/bakohumas/permintaan/."""

from django.urls import path

from jembatan.agency_requests import views

app_name = "agency_requests"

urlpatterns = [
    path("", views.request_list, name="request_list"),
    path("baru/", views.request_new, name="request_new"),
    path("<int:pk>/", views.request_detail, name="request_detail"),
    path("<int:pk>/status/", views.request_answer, name="request_answer"),
    path("<int:pk>/komentar/", views.request_comment,
         name="request_comment"),
    path("<int:pk>/batalkan/", views.request_cancel, name="request_cancel"),
    path("lampiran/<int:pk>/", views.request_attachment,
         name="request_attachment"),
]
