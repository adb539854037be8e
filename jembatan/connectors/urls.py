"""Pages of the conversations, by the prefix `jembatan/urls.py` mounts them at."""

from django.urls import path

from jembatan.connectors import views
from jembatan.connectors.channels.meta import views as meta_views
from jembatan.connectors.channels.web import views as web_views

# /webhooks/: Meta's platforms (WhatsApp, Facebook Pages, Instagram) call this one endpoint.
webhooks = [path("meta", meta_views.webhook, name="meta_webhook")]

# Questions on the portal (the web channel)
# /instansi/<slug>/tanya/
ask = [
    path("", web_views.ask, name="web_ask"),
    path("terkirim/", web_views.asked, name="web_asked"),
]
# /tanya/
questions = [
    path("", web_views.open_question, name="web_open"),
    path("<int:pk>/", web_views.thread, name="web_thread"),
    # Links sent before the key moved into the fragment.
    path("<str:key>/", web_views.thread_by_key, name="web_thread_by_key"),
]

# Staff
# /staf/instansi/<slug>/kanal/: an agency's connected accounts
accounts = [
    path("", views.accounts, name="accounts"),
    path("<int:pk>/aktif/", views.account_toggle, name="account_toggle"),
]
# /staf/percakapan/: conversations beside the reports inbox
staff = [
    path("", views.inbox, name="inbox"),
    path("belum-dijawab/", views.unanswered, name="unanswered"),
    path("metrik/", views.metrics_view, name="metrics"),
    path("impor/", views.import_start, name="import"),
    path("impor/<int:pk>/", views.import_job, name="import_job"),
    path("<int:pk>/", views.conversation, name="conversation"),
    path("karantina/<int:pk>/asli/", views.quarantined_original, name="quarantined_original"),
    path("<int:pk>/balas/", views.reply, name="reply"),
    path("<int:pk>/template/", views.reply_template, name="reply_template"),
    path("<int:pk>/catatan/", views.note, name="note"),
    path("<int:pk>/tugaskan/", views.assign, name="assign"),
    path("<int:pk>/label/", views.labels, name="labels"),
    path("<int:pk>/perlu-jawaban/", views.needs_reply, name="needs_reply"),
    path("<int:pk>/status/<str:action>/", views.set_status, name="status"),
    path("<int:pk>/spam/", views.spam, {"action": "mark"}, name="spam_mark"),
    path("<int:pk>/bukan-spam/", views.spam, {"action": "restore"}, name="spam_restore"),
    path("<int:pk>/jadikan-laporan/", views.convert_view, name="convert"),
    path("<int:pk>/kirim-ulang/<int:message_pk>/", views.retry, name="retry"),
    path("<int:pk>/jawaban/<int:canned_pk>/", views.canned_fill, name="canned"),
    path("<int:pk>/lampiran/<int:attachment_pk>/", views.attachment, name="attachment"),
]
