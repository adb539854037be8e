"""The open data's public pages: the list of datasets, the latest files at stable addresses
(with ETag and Last-Modified, so harvesters fetch only what changed), the data dictionaries and
the catalogues. Nothing here counts rows: the files were written by the daily export."""

from __future__ import annotations

import datetime as dt
import json

from django.core.files.storage import default_storage
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
)
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe

from jembatan.core import public_cache
from jembatan.opendata import catalogue
from jembatan.opendata.datasets import BY_SLUG, DATASETS, FORMATS, LICENSE_NAME, LICENSE_URL
from jembatan.opendata.publishing import read_manifest, suppression_rule

MAX_AGE = 3600


def _generated(manifest: dict) -> dt.datetime:
    return parse_datetime(manifest["generated_at"])


def _open_headers(response: HttpResponse, *, etag: str, modified: dt.datetime) -> HttpResponse:
    response["ETag"] = quote_etag(etag)
    response["Last-Modified"] = http_date(modified.timestamp())
    # Open data: any site may read it from a browser.
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def _not_modified(request: HttpRequest, *, etag: str, modified: dt.datetime):
    response = get_conditional_response(request, etag=quote_etag(etag),
                                        last_modified=int(modified.timestamp()))
    if response is not None:
        return _open_headers(response, etag=etag, modified=modified)
    return None


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    manifest = read_manifest()

    def context() -> dict:
        generated = _generated(manifest) if manifest else None
        datasets = []
        for dataset in DATASETS:
            entry = manifest["datasets"].get(dataset.slug) if manifest else None
            datasets.append({"dataset": dataset, "entry": entry,
                             "first_day": _date(entry, "first_day"),
                             "last_day": _date(entry, "last_day")})
        return {"datasets": datasets, "generated": generated, "license_url": LICENSE_URL,
                "license_name": LICENSE_NAME, "suppression_rule": suppression_rule()}

    # The page changes with the daily export (its run) and the regency's name: kept in the
    # shared cache (core.public_cache) for anonymous visitors.
    return public_cache.page(request, "opendata/index.html",
                             content_template="opendata/_index_content.html", name="opendata",
                             scopes=(public_cache.SITE,), context=context,
                             parts=(manifest["run"] if manifest else "",))


def _date(entry: dict | None, key: str) -> dt.date | None:
    if not entry or not entry.get(key):
        return None
    return dt.date.fromisoformat(entry[key])


@require_safe
def download(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The latest file of a dataset; 404 for an unknown one and before the first export."""
    if slug not in BY_SLUG or fmt not in FORMATS:
        raise Http404
    manifest = read_manifest()
    entry = manifest["datasets"].get(slug) if manifest else None
    if entry is None:
        raise Http404
    stored = entry["files"][fmt]
    modified = _generated(manifest)
    if (response := _not_modified(request, etag=stored["sha256"], modified=modified)):
        return response
    try:
        handle = default_storage.open(stored["path"], "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    content_type = "text/csv; charset=utf-8" if fmt == "csv" else "application/json"
    response = FileResponse(handle, content_type=content_type, filename=f"{slug}.{fmt}")
    response["Content-Length"] = str(stored["bytes"])
    response["X-Content-Type-Options"] = "nosniff"
    return _open_headers(response, etag=stored["sha256"], modified=modified)


def _json(request: HttpRequest, data: dict, *, etag: str, modified: dt.datetime | None,
          content_type: str = "application/json") -> HttpResponse:
    response = JsonResponse(data, content_type=content_type,
                            json_dumps_params={"ensure_ascii": False, "indent": 1})
    if modified is None:
        response["Access-Control-Allow-Origin"] = "*"
        return response
    return _open_headers(response, etag=etag, modified=modified)


def _catalogue(request: HttpRequest, build, content_type: str) -> HttpResponse:
    manifest = read_manifest()
    modified = _generated(manifest) if manifest else None
    etag = manifest["run"] if manifest else "none"
    if modified and (response := _not_modified(request, etag=etag, modified=modified)):
        return response
    # Catalogues are harvested, not read on a page: always in Indonesian, whatever the cookie.
    with translation.override("id"):
        data = build(manifest)
    return _json(request, data, etag=etag, modified=modified, content_type=content_type)


@require_safe
def data_json(request: HttpRequest) -> HttpResponse:
    return _catalogue(request, catalogue.dcat_us, "application/json")


@require_safe
def catalog_jsonld(request: HttpRequest) -> HttpResponse:
    return _catalogue(request, catalogue.dcat_ap, "application/ld+json")


@require_safe
def dictionary(request: HttpRequest, slug: str) -> HttpResponse:
    """A dataset's data dictionary as a Table Schema (in Indonesian, as the files are)."""
    dataset = BY_SLUG.get(slug)
    if dataset is None:
        raise Http404
    with translation.override("id"):
        schema = catalogue.table_schema(dataset)
    body = json.dumps(schema, ensure_ascii=False, indent=1)
    response = HttpResponse(body, content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    return response
