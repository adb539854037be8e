from django.urls import path

from jembatan.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("instansi/", views.agency_list, name="agencies"),
    path("instansi/<slug:slug>/", views.agency_detail, name="agency"),
]
