from django.urls import path  # noqa: F401  (routes are added below by each part)

app_name = "connectors"

urlpatterns: list = [
]
