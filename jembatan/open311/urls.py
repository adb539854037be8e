"""Routes of Open311: the GeoReport v2 server and the coordinators' page of client keys."""

from django.urls import path, register_converter

from jembatan.open311 import endpoints, views


class FormatConverter:
    """The format the client asks for, as the last part of the path: services.xml."""

    regex = "json|xml"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(FormatConverter, "fmt")

# /open311/v2/
georeport = [
    path("discovery.<fmt:fmt>", endpoints.discovery, name="discovery"),
    path("services.<fmt:fmt>", endpoints.services, name="services"),
    path("services/<str:code>.<fmt:fmt>", endpoints.service_definition,
         name="service_definition"),
    path("requests.<fmt:fmt>", endpoints.requests, name="requests"),
    path("requests/<str:request_id>.<fmt:fmt>", endpoints.request_detail,
         name="request_detail"),
    path("tokens/<str:token_id>.<fmt:fmt>", endpoints.token, name="token"),
    path("servicerequestupdates.<fmt:fmt>", endpoints.updates, name="updates"),
]
# /staf/open311/
staff = [
    path("", views.keys, name="keys"),
    path("<int:pk>/cabut/", views.key_revoke, name="key_revoke"),
]
