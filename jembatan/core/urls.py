from django.urls import path

from jembatan.core import views

app_name = "core"

urlpatterns = [
    path("", views.start, name="start"),
    path("instansi/<slug:slug>/", views.agency_detail, name="agency"),
    path("instansi/<slug:slug>/ubah/", views.agency_edit, name="agency_edit"),
    path("instansi/<slug:slug>/riwayat/", views.agency_history, name="agency_history"),
    path("audit/", views.audit_log, name="audit_log"),
    path("hari-kerja/", views.workday_calculator, name="workdays"),
    path("tugas-latar/<uuid:task_id>/ulangi/", views.task_retry, name="task_retry"),
]
