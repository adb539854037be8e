from django.urls import path

from jembatan.notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("pengaturan/", views.settings_page, name="settings"),
    path("<int:pk>/buka/", views.open_notification, name="open"),
    path("tandai-dibaca/", views.mark_all_read, name="mark_all_read"),
    path("jumlah/", views.unread_badge, name="badge"),
]
