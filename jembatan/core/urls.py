"""Staff pages of the installation itself, by the prefix `jembatan/urls.py` mounts them at."""

from django.urls import path

from jembatan.core import views

# /staf/: the start page
start = [path("", views.start, name="start")]
# /staf/instansi/<slug>/
agency = [
    path("", views.agency_detail, name="agency"),
    path("ubah/", views.agency_edit, name="agency_edit"),
    path("riwayat/", views.agency_history, name="agency_history"),
]
# /staf/audit/
audit = [path("", views.audit_log, name="audit_log")]
# /staf/hari-kerja/
workdays = [path("", views.workday_calculator, name="workdays")]
# /staf/tugas-latar/
tasks = [path("<uuid:task_id>/ulangi/", views.task_retry, name="task_retry")]
