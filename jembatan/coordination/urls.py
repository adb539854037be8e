from django.urls import path

from jembatan.coordination import urls_resources, views_forum, views_requests

app_name = "coordination"

urlpatterns: list = [
    # Forum (part a)
    path("forum/", views_forum.forum_home, name="forum_home"),
    path("forum/belum-dibaca/", views_forum.forum_unread, name="forum_unread"),
    path("forum/cari/", views_forum.forum_search, name="forum_search"),
    path("forum/kanal-baru/", views_forum.forum_topic_new, name="forum_topic_new"),
    path("forum/langsung/", views_forum.forum_direct_list, name="forum_direct_list"),
    path("forum/langsung/baru/", views_forum.forum_direct_new, name="forum_direct_new"),
    path("forum/kanal/<slug:slug>/", views_forum.forum_channel, name="forum_channel"),
    path("forum/kanal/<slug:slug>/terbaru/", views_forum.forum_channel_new,
         name="forum_channel_new"),
    path("forum/pos/<int:pk>/", views_forum.forum_post, name="forum_post"),
    path("forum/pos/<int:pk>/balas/", views_forum.forum_reply, name="forum_reply"),
    path("forum/pos/<int:pk>/balasan-terbaru/", views_forum.forum_replies_new,
         name="forum_replies_new"),
    path("forum/pos/<int:pk>/sematkan/", views_forum.forum_pin, name="forum_pin"),
    path("forum/pos/<int:pk>/ingatkan/", views_forum.forum_remind, name="forum_remind"),
    path("forum/pos/<int:pk>/hapus/", views_forum.forum_remove, name="forum_remove"),
    path("forum/lampiran/<int:pk>/", views_forum.forum_attachment, name="forum_attachment"),
    # Requests between agencies (part a)
    path("permintaan/", views_requests.request_list, name="request_list"),
    path("permintaan/baru/", views_requests.request_new, name="request_new"),
    path("permintaan/<int:pk>/", views_requests.request_detail, name="request_detail"),
    path("permintaan/<int:pk>/status/", views_requests.request_answer, name="request_answer"),
    path("permintaan/<int:pk>/komentar/", views_requests.request_comment,
         name="request_comment"),
    path("permintaan/<int:pk>/batalkan/", views_requests.request_cancel, name="request_cancel"),
    path("permintaan/lampiran/<int:pk>/", views_requests.request_attachment,
         name="request_attachment"),
]

# Service catalogue, work programmes, shared agenda and library (part b)
urlpatterns += urls_resources.urlpatterns
