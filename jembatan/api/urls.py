"""The JSON API, version 1: one NinjaAPI, each domain adds its router.

Schema at /api/v1/openapi.json, documentation at /api/v1/docs. Errors are JSON
`{"code", "message"}` (see errors.py), including a wrong method and an unknown path; staff
authenticate with a bearer token (auth.py).
"""

from functools import wraps

from django.http import HttpResponseNotAllowed, JsonResponse
from django.urls import URLPattern, re_path
from django.utils.translation import gettext as _
from ninja import NinjaAPI

from jembatan.api import agenda_api, auth_api, conversations_api, docs, posts_api, reports_api
from jembatan.api.errors import install_error_handlers


def _json_not_allowed(view):
    """ninja answers a wrong method with plain text; the API answers JSON like every error."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            allowed = response["Allow"]
            response = JsonResponse(
                {"code": "method_not_allowed",
                 "message": _("This method is not allowed here.")},
                status=405,
            )
            response["Allow"] = allowed
        return response

    return wrapper


def _unknown_path(request, path=""):
    return JsonResponse(
        {"code": "not_found", "message": _("Nothing was found here, or you may not see it.")},
        status=404,
    )


class JsonErrorsAPI(NinjaAPI):
    @property
    def urls(self):
        patterns, app_name, namespace = super().urls
        wrapped = []
        for pattern in patterns:
            if isinstance(pattern, URLPattern):
                # ninja's root view raises a bare 404 (an HTML page); the name must stay, as
                # ninja finds the API's prefix through it.
                view = _unknown_path if pattern.name == "api-root" else pattern.callback
                pattern = URLPattern(pattern.pattern, _json_not_allowed(view),
                                     pattern.default_args, pattern.name)
            wrapped.append(pattern)
        wrapped.append(re_path(r"^(?P<path>.+)$", _unknown_path, name="unknown"))
        return wrapped, app_name, namespace


api = JsonErrorsAPI(
    title="Jembatan API",
    version="1",
    urls_namespace="api",
    description=(
        "Send and follow public reports, and work on them as staff. "
        "Staff: get a token from `POST /auth/token` and send `Authorization: Bearer <token>`. "
        "Reporters: send the access key given at submission as `X-Access-Key`. "
        'Every error is JSON `{"code": …, "message": …}`.'
    ),
    docs=docs.LocalDocs(),
    docs_url="/docs",
)
install_error_handlers(api)

api.add_router("", auth_api.router)
api.add_router("", reports_api.router)
api.add_router("", posts_api.router)
api.add_router("", conversations_api.router)
api.add_router("", agenda_api.router)


@api.get("/docs/assets/{name}", auth=None, include_in_schema=False, url_name="docs_asset")
def docs_asset(request, name: str):
    return docs.docs_asset(request, name)
