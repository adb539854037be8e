from django.urls import path

from jembatan.reports import views
from jembatan.reports.feeds import PublicReportsFeed

app_name = "reports"

urlpatterns = [
    # The citizen's side
    path("lapor/", views.submit, name="submit"),
    path("lapor/terkirim/<str:code>/", views.submitted, name="submitted"),
    path("lacak/", views.track, name="track"),
    path("laporan-saya/", views.my_reports, name="mine"),
    path("laporan/", views.public_list, name="list"),
    path("laporan/feed/", PublicReportsFeed(), name="feed"),
    path("laporan/<str:code>/", views.detail, name="detail"),
    path("laporan/<str:code>/pesan/", views.reporter_message, name="reporter_message"),
    path("laporan/<str:code>/nilai/", views.rate, name="rate"),
    path("laporan/<str:code>/aksi/<str:action>/", views.reporter_action, name="reporter_action"),
    path("laporan/<str:code>/lampiran/<int:pk>/", views.attachment, name="attachment"),
    path("wilayah/desa/", views.desa_options, name="desa_options"),
    path("lapor/serupa/", views.similar_reports, name="similar"),
    # Staff
    path("staf/laporan/", views.inbox, name="inbox"),
    path("staf/laporan/baru/", views.enter, name="enter"),
    path("staf/laporan/filter/", views.save_filter, name="save_filter"),
    path("staf/laporan/ekspor.csv", views.export_csv, name="export"),
    path("staf/laporan/disposisi-massal/", views.bulk_dispose, name="bulk_dispose"),
    path("staf/laporan/<str:code>/", views.staff_detail, name="staff_detail"),
    path("staf/laporan/<str:code>/aksi/<str:action>/", views.staff_action, name="staff_action"),
    path("staf/laporan/<str:code>/pesan/", views.staff_message, name="staff_message"),
    path("staf/laporan/<str:code>/darurat/", views.staff_urgency, name="staff_urgency"),
    path("staf/laporan/<str:code>/template/<int:pk>/", views.canned_fill, name="canned_fill"),
]
