"""Pages of the reports, by the prefix `jembatan/urls.py` mounts them at."""

from django.urls import path

from jembatan.reports import views
from jembatan.reports.feeds import PublicReportsFeed

# The citizen's side
# /lapor/
submit = [
    path("", views.submit, name="submit"),
    path("terkirim/<str:code>/", views.submitted, name="submitted"),
    path("terkirim/<str:code>/kirim-kunci/", views.send_key, name="send_key"),
    path("serupa/", views.similar_reports, name="similar"),
]
# /lacak/
track = [path("", views.track, name="track")]
# /laporan-saya/
mine = [path("", views.my_reports, name="mine")]
# /laporan/
public = [
    path("", views.public_list, name="list"),
    path("feed/", PublicReportsFeed(), name="feed"),
    path("<str:code>/", views.detail, name="detail"),
    path("<str:code>/pesan/", views.reporter_message, name="reporter_message"),
    path("<str:code>/nilai/", views.rate, name="rate"),
    path("<str:code>/aksi/<str:action>/", views.reporter_action, name="reporter_action"),
    path("<str:code>/lampiran/<int:pk>/", views.attachment, name="attachment"),
]
# /wilayah/
places = [path("desa/", views.desa_options, name="desa_options")]

# Staff: /staf/laporan/
staff = [
    path("", views.inbox, name="inbox"),
    path("baru/", views.enter, name="enter"),
    path("filter/", views.save_filter, name="save_filter"),
    path("ekspor.csv", views.export_csv, name="export"),
    path("disposisi-massal/", views.bulk_dispose, name="bulk_dispose"),
    path("<str:code>/", views.staff_detail, name="staff_detail"),
    path("<str:code>/aksi/<str:action>/", views.staff_action, name="staff_action"),
    path("<str:code>/pesan/", views.staff_message, name="staff_message"),
    path("<str:code>/darurat/", views.staff_urgency, name="staff_urgency"),
    path("<str:code>/template/<int:pk>/", views.canned_fill, name="canned_fill"),
]
