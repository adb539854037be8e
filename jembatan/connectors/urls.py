from django.urls import path

from jembatan.connectors import web_views
from jembatan.connectors.meta import views as meta_views

app_name = "connectors"

urlpatterns: list = [
    # Meta's platforms (WhatsApp, Facebook Pages, Instagram) call this one endpoint.
    path("webhooks/meta", meta_views.webhook, name="meta_webhook"),
    # Questions on the portal (the web channel)
    path("instansi/<slug:slug>/tanya/", web_views.ask, name="web_ask"),
    path("instansi/<slug:slug>/tanya/terkirim/", web_views.asked, name="web_asked"),
    path("tanya/<str:key>/", web_views.thread, name="web_thread"),
]
