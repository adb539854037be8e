"""What the open data tests share: reading back what the export wrote, through the public
URLs."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.test import Client
from django.urls import reverse

from jembatan.opendata.datasets import DATASETS


def download(client: Client, slug: str, fmt: str):
    return client.get(reverse("opendata:download", kwargs={"slug": slug, "fmt": fmt}))


def body_of(response) -> bytes:
    return b"".join(response.streaming_content)


def csv_rows(client: Client, slug: str) -> list[dict]:
    response = download(client, slug, "csv")
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(body_of(response).decode("utf-8"))))


def json_rows(client: Client, slug: str) -> list[dict]:
    response = download(client, slug, "json")
    assert response.status_code == 200
    return json.loads(body_of(response))["data"]


@pytest.fixture
def every_public_text(client):
    """Everything the open data publishes, as one text: the page, both catalogues, every
    dictionary and every file in both formats."""

    def read() -> str:
        parts = [client.get(reverse("opendata:index")).content,
                 client.get(reverse("opendata:data_json")).content,
                 client.get(reverse("opendata:catalog_jsonld")).content]
        for dataset in DATASETS:
            parts.append(client.get(reverse("opendata:dictionary",
                                            kwargs={"slug": dataset.slug})).content)
            for fmt in ("csv", "json"):
                response = download(client, dataset.slug, fmt)
                assert response.status_code == 200, (dataset.slug, fmt)
                parts.append(body_of(response))
        return b"\n".join(parts).decode("utf-8")

    return read
