from django.urls import path

from jembatan.connectors import views
from jembatan.connectors.channels.meta import views as meta_views
from jembatan.connectors.channels.web import views as web_views

app_name = "connectors"

urlpatterns: list = [
    # Meta's platforms (WhatsApp, Facebook Pages, Instagram) call this one endpoint.
    path("webhooks/meta", meta_views.webhook, name="meta_webhook"),
    # Questions on the portal (the web channel)
    path("instansi/<slug:slug>/tanya/", web_views.ask, name="web_ask"),
    path("instansi/<slug:slug>/tanya/terkirim/", web_views.asked, name="web_asked"),
    path("tanya/", web_views.open_question, name="web_open"),
    path("tanya/<int:pk>/", web_views.thread, name="web_thread"),
    # Links sent before the key moved into the fragment.
    path("tanya/<str:key>/", web_views.thread_by_key, name="web_thread_by_key"),
    # An agency's connected accounts
    path("staf/instansi/<slug:slug>/kanal/", views.accounts, name="accounts"),
    path("staf/instansi/<slug:slug>/kanal/<int:pk>/aktif/", views.account_toggle,
         name="account_toggle"),
    # Staff: conversations beside the reports inbox
    path("staf/percakapan/", views.inbox, name="inbox"),
    path("staf/percakapan/belum-dijawab/", views.unanswered, name="unanswered"),
    path("staf/percakapan/metrik/", views.metrics_view, name="metrics"),
    path("staf/percakapan/impor/", views.import_start, name="import"),
    path("staf/percakapan/impor/<int:pk>/", views.import_job, name="import_job"),
    path("staf/percakapan/<int:pk>/", views.conversation, name="conversation"),
    path("staf/percakapan/karantina/<int:pk>/asli/", views.quarantined_original,
         name="quarantined_original"),
    path("staf/percakapan/<int:pk>/balas/", views.reply, name="reply"),
    path("staf/percakapan/<int:pk>/template/", views.reply_template, name="reply_template"),
    path("staf/percakapan/<int:pk>/catatan/", views.note, name="note"),
    path("staf/percakapan/<int:pk>/tugaskan/", views.assign, name="assign"),
    path("staf/percakapan/<int:pk>/label/", views.labels, name="labels"),
    path("staf/percakapan/<int:pk>/perlu-jawaban/", views.needs_reply, name="needs_reply"),
    path("staf/percakapan/<int:pk>/status/<str:action>/", views.set_status, name="status"),
    path("staf/percakapan/<int:pk>/jadikan-laporan/", views.convert_view, name="convert"),
    path("staf/percakapan/<int:pk>/kirim-ulang/<int:message_pk>/", views.retry, name="retry"),
    path("staf/percakapan/<int:pk>/jawaban/<int:canned_pk>/", views.canned_fill,
         name="canned"),
    path("staf/percakapan/<int:pk>/lampiran/<int:attachment_pk>/", views.attachment,
         name="attachment"),
]
