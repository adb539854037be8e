"""Pages of the outgoing webhooks, under /staf/webhook/."""

from django.urls import path

from jembatan.webhooks import views

app_name = "webhooks"

urlpatterns = [
    path("", views.subscription_list, name="list"),
    path("baru/", views.subscription_new, name="new"),
    path("<int:pk>/", views.subscription_detail, name="detail"),
    path("<int:pk>/ubah/", views.subscription_edit, name="edit"),
    path("<int:pk>/rahasia/", views.subscription_rotate_secret, name="rotate_secret"),
    path("<int:pk>/pengiriman/<int:delivery_pk>/", views.delivery_detail, name="delivery"),
    path("<int:pk>/pengiriman/<int:delivery_pk>/kirim-ulang/", views.delivery_redeliver,
         name="redeliver"),
]
