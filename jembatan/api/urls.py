"""The JSON API, version 1: one NinjaAPI; each domain's router is its app's `api.py`.

Schema at /api/v1/openapi.json, documentation at /api/v1/docs. Errors are JSON
`{"code", "message"}` (see errors.py), including a wrong method and an unknown path; staff
authenticate with a bearer token (auth.py).
"""

from functools import wraps
from http.client import responses as STANDARD_PHRASES

from django.http import HttpResponseNotAllowed, JsonResponse
from django.urls import URLPattern, re_path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI
from ninja.openapi.schema import REF_TEMPLATE, OpenAPISchema
from ninja.schema import NinjaGenerateJsonSchema

from jembatan.agenda import api as agenda_api
from jembatan.api import auth_api, docs
from jembatan.api.errors import install_error_handlers
from jembatan.api.schemas import ErrorOut
from jembatan.connectors import api as connectors_api
from jembatan.content import api as content_api
from jembatan.insights import api as insights_api
from jembatan.participation import api as participation_api
from jembatan.reports import api as reports_api


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


# Answers any operation can give whatever its own code does: 400 for a NUL character in the URL
# or a body or query that does not validate, 413 for a body or query string over Django's limits
# (core.middleware and errors.py), 401 for a token that is sent but not valid.
ALWAYS_POSSIBLE = (400, 413)
WITH_A_TOKEN = (401,)

# The documentation follows the reader's language (Indonesian unless they chose English), so the
# status phrases ninja takes from http.client are replaced by translated ones. Lazy strings: the
# schema is built on each request and rendered in that request's language.
STATUS_PHRASES = {
    200: gettext_lazy("OK"),
    201: gettext_lazy("Created"),
    204: gettext_lazy("No Content"),
    400: gettext_lazy("Bad Request"),
    401: gettext_lazy("Unauthorized"),
    403: gettext_lazy("Forbidden"),
    404: gettext_lazy("Not Found"),
    409: gettext_lazy("Conflict"),
    413: gettext_lazy("Content Too Large"),
    429: gettext_lazy("Too Many Requests"),
}

# Tag names stay as published (client generators name their classes after them, as they name
# their methods after operation ids); what a tag covers is said in the reader's language.
TAGS = [
    {"name": "auth", "description": gettext_lazy("Getting and giving back an access token.")},
    {"name": "reports", "description": gettext_lazy(
        "Public reports: send, read, act on, write on and rate them; the staff inbox.")},
    {"name": "posts", "description": gettext_lazy(
        "Joint posts of several agencies: read the published ones, draft and move them.")},
    {"name": "conversations", "description": gettext_lazy(
        "Messages from social media and WhatsApp: read, reply, make a report of them.")},
    {"name": "agenda", "description": gettext_lazy("The shared agenda as calendar feeds.")},
    {"name": "consultations", "description": gettext_lazy(
        "Public consultations: read them, comment, answer their questions, see the results.")},
    {"name": "insights", "description": gettext_lazy(
        "How quickly and how well each agency responds.")},
]


class TrueOpenAPISchema(OpenAPISchema):
    """ninja's schema, made to say what the API really does.

    - An endpoint that takes a token but also serves the public (auth=[token, public_caller])
      lists the empty security requirement too: the token is optional there.
    - Every error an endpoint can answer is listed with the `{code, message}` body.
    """

    def operation_security(self, operation):
        security = super().operation_security(operation)
        if security and any(not hasattr(callback, "openapi_security_schema")
                            for callback in operation.auth_callbacks):
            security.append({})  # OpenAPI: "or no credentials at all"
        return security

    def responses(self, operation):
        result = super().responses(operation)
        for status, answer in result.items():
            if answer.get("description") == STANDARD_PHRASES.get(status):
                answer["description"] = STATUS_PHRASES.get(status, answer["description"])
        possible = list(ALWAYS_POSSIBLE)
        if any(hasattr(callback, "openapi_security_schema")
               for callback in operation.auth_callbacks):
            possible.extend(WITH_A_TOKEN)
        self.add_schema_definitions({"ErrorOut": ErrorOut.model_json_schema(
            ref_template=REF_TEMPLATE, schema_generator=NinjaGenerateJsonSchema,
            mode="serialization")})
        for status in possible:
            result.setdefault(status, {
                "description": STATUS_PHRASES[status],
                "content": {"application/json": {
                    "schema": {"$ref": REF_TEMPLATE.format(model="ErrorOut")}}},
            })
        return result


# Operation ids are part of the published schema (client generators name their methods after
# them), so they keep the module each router was first published from.
PUBLISHED_ROUTER_MODULES = {
    "jembatan.reports.api": "jembatan.api.reports_api",
    "jembatan.content.api": "jembatan.api.posts_api",
    "jembatan.connectors.api": "jembatan.api.conversations_api",
    "jembatan.agenda.api": "jembatan.api.agenda_api",
}


class JsonErrorsAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        module = operation.view_func.__module__
        module = PUBLISHED_ROUTER_MODULES.get(module, module)
        return f"{module}_{operation.view_func.__name__}".replace(".", "_")

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        return TrueOpenAPISchema(self, path_prefix)

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
    description=gettext_lazy(
        "Send and follow public reports, and work on them as staff. "
        "Staff: get a token from `POST /auth/token` and send `Authorization: Bearer <token>`. "
        "Reporters: send the access key given when the report was sent as `X-Access-Key`. "
        'Every error is JSON `{"code": …, "message": …}`.'
    ),
    openapi_extra={"tags": TAGS},
    docs=docs.LocalDocs(),
    docs_url="/docs",
)
install_error_handlers(api)

api.add_router("", auth_api.router)
api.add_router("", reports_api.router)
api.add_router("", content_api.router)
api.add_router("", connectors_api.router)
api.add_router("", agenda_api.router)
api.add_router("", participation_api.router)
api.add_router("", insights_api.router)


@api.get("/docs/assets/{name}", auth=None, include_in_schema=False, url_name="docs_asset")
def docs_asset(request, name: str):
    return docs.docs_asset(request, name)
