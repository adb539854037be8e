from django.urls import path

from jembatan.lapor import views

# Under /staf/lapor/: what a report's SP4N-LAPOR! panel posts to.
staff = [
    path("<str:code>/kirim-lagi/", views.push_again, name="push_again"),
]
