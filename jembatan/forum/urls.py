"""Forum pages, under /staf/bakohumas/forum/."""

from django.urls import path

from jembatan.forum import views

app_name = "forum"

urlpatterns = [
    path("", views.forum_home, name="forum_home"),
    path("belum-dibaca/", views.forum_unread, name="forum_unread"),
    path("cari/", views.forum_search, name="forum_search"),
    path("kanal-baru/", views.forum_topic_new, name="forum_topic_new"),
    path("langsung/", views.forum_direct_list, name="forum_direct_list"),
    path("langsung/baru/", views.forum_direct_new, name="forum_direct_new"),
    path("kanal/<slug:slug>/", views.forum_channel, name="forum_channel"),
    path("kanal/<slug:slug>/terbaru/", views.forum_channel_new,
         name="forum_channel_new"),
    path("pos/<int:pk>/", views.forum_post, name="forum_post"),
    path("pos/<int:pk>/balas/", views.forum_reply, name="forum_reply"),
    path("pos/<int:pk>/balasan-terbaru/", views.forum_replies_new,
         name="forum_replies_new"),
    path("pos/<int:pk>/sematkan/", views.forum_pin, name="forum_pin"),
    path("pos/<int:pk>/ingatkan/", views.forum_remind, name="forum_remind"),
    path("pos/<int:pk>/hapus/", views.forum_remove, name="forum_remove"),
    path("lampiran/<int:pk>/", views.forum_attachment, name="forum_attachment"),
]
