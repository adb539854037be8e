"""Pages of the content, by the prefix `jembatan/urls.py` mounts them at."""

from django.urls import path

from jembatan.content import feeds, views

# /berita/: the feeds before the articles, whose slug could otherwise be "rss"
public = [
    path("", views.public_list, name="public_list"),
    path("rss/", feeds.NewsFeed(), name="feed_rss"),
    path("atom/", feeds.NewsAtomFeed(), name="feed_atom"),
    path("rss/<slug:slug>/", feeds.AgencyNewsFeed(), name="agency_feed_rss"),
    path("atom/<slug:slug>/", feeds.AgencyNewsAtomFeed(), name="agency_feed_atom"),
    path("komentar/<int:pk>/laporkan/", views.public_comment_flag, name="public_comment_flag"),
    path("<str:key>/", views.public_detail, name="public_detail"),
    path("<str:key>/komentar/", views.public_comment, name="public_comment"),
    path("<str:key>/gambar/", views.public_image, name="image"),
]

# /staf/bakohumas/konten/
staff = [
    path("", views.post_list, name="list"),
    path("baru/", views.post_create, name="create"),
    path("cek-informasi/", views.info_value_check, name="info_value"),
    path("kalender/", views.calendar_view, name="calendar"),
    path("pengaturan/", views.settings_view, name="settings"),
    path("komentar-publik/", views.news_comments, name="news_comments"),
    path("komentar-publik/<int:pk>/moderasi/", views.news_comment_moderate,
         name="news_comment_moderate"),
    path("komentar-publik/<int:pk>/balas/", views.news_comment_reply, name="news_comment_reply"),
    path("<int:pk>/", views.post_detail, name="detail"),
    path("<int:pk>/ubah/", views.post_edit, name="edit"),
    path("<int:pk>/gambar/", views.staff_image, name="staff_image"),
    path("pratinjau/", views.preview, name="preview"),
    path("<int:pk>/aksi/<str:action>/", views.post_action, name="action"),
    path("<int:pk>/komentar/", views.comment_create, name="comment"),
    path("<int:pk>/saran/", views.suggestion_create, name="suggest"),
    path("<int:pk>/saran/<int:sid>/<str:decision>/", views.suggestion_decide,
         name="suggestion_decide"),
    path("<int:pk>/bentrok/", views.clash_check, name="clash_check"),
]
