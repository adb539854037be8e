"""The JSON API, version 1: one NinjaAPI, each domain adds its router.

Schema at /api/v1/openapi.json, documentation at /api/v1/docs. Errors are JSON
`{"code", "message"}` (see errors.py); staff authenticate with a bearer token (auth.py).
"""

from ninja import NinjaAPI

from jembatan.api import auth_api, docs, reports_api
from jembatan.api.errors import install_error_handlers

api = NinjaAPI(
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


@api.get("/docs/assets/{name}", auth=None, include_in_schema=False, url_name="docs_asset")
def docs_asset(request, name: str):
    return docs.docs_asset(request, name)
