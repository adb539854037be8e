"""The API documentation page, under our Content-Security-Policy (no inline script, no CDN).

The page lists every endpoint server-side, so it reads fine without JavaScript, and links to
the OpenAPI schema. Swagger UI is added on top from the copy shipped inside django-ninja,
served by this app with our own start-up script as an external file.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from typing import Any

import ninja
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from ninja.openapi.docs import DocsBase

NINJA_STATIC = Path(ninja.__file__).parent / "static" / "ninja"
OWN_ASSETS = Path(__file__).parent / "static" / "api" / "docs"

# name in the URL → file on disk; nothing else is served.
ASSETS = {
    "swagger-ui.css": NINJA_STATIC / "swagger-ui.css",
    "swagger-ui-bundle.js": NINJA_STATIC / "swagger-ui-bundle.js",
    "favicon.svg": NINJA_STATIC / "favicon.svg",
    "docs.js": OWN_ASSETS / "docs.js",
    "docs.css": OWN_ASSETS / "docs.css",
}
METHOD_ORDER = ("get", "post", "put", "patch", "delete")


def swagger_available() -> bool:
    return ASSETS["swagger-ui-bundle.js"].exists() and ASSETS["swagger-ui.css"].exists()


def _token_use(security: list[dict]) -> str:
    """"required", "optional" (an empty requirement is listed too) or "" for none."""
    if not security:
        return ""
    return "optional" if {} in security else "required"


_CODE_SPAN = re.compile(r"`([^`]+)`")


def description_html(text: str) -> SafeString:
    """An operation's description as the page shows it: escaped, its `code` spans (the
    Markdown Swagger UI reads) set as code instead of shown with their backticks."""
    return mark_safe(_CODE_SPAN.sub(r"<code>\1</code>", str(escape(text))))  # noqa: S308


def endpoints(schema: dict) -> list[dict[str, Any]]:
    """Method, path, summary and auth of every operation in the OpenAPI schema."""
    rows = []
    for path, operations in schema.get("paths", {}).items():
        for method in METHOD_ORDER:
            operation = operations.get(method)
            if operation is None:
                continue
            rows.append({
                "method": method.upper(),
                "path": path,
                "summary": operation.get("summary", ""),
                "description": description_html(operation.get("description", "")),
                "tags": operation.get("tags", []),
                "auth": _token_use(operation.get("security") or []),
            })
    return rows


class LocalDocs(DocsBase):
    template = "api/docs.html"

    def render_page(self, request: HttpRequest, api, **kwargs: Any) -> HttpResponse:
        schema = api.get_openapi_schema(path_params=kwargs)
        namespace = api.urls_namespace
        context = {
            "api": api,
            "openapi_url": self.get_openapi_url(api, kwargs),
            "endpoints": endpoints(schema),
            "swagger": swagger_available(),
            "asset_base": reverse(f"{namespace}:docs_asset", kwargs={"name": "x"})[:-1],
        }
        return render(request, self.template, context)


def docs_asset(request: HttpRequest, name: str) -> FileResponse:
    path = ASSETS.get(name)
    if path is None or not path.exists():
        raise Http404
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    response = FileResponse(path.open("rb"), content_type=content_type)
    response["Cache-Control"] = "public, max-age=86400"
    return response
