"""The catalogues that portals harvest (CKAN, Satu Data Indonesia): DCAT-US `data.json` and
DCAT-AP `catalog.jsonld` carry every key those profiles require, and their download URLs
work."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django.urls import reverse

from jembatan.insights import rollups
from jembatan.opendata.datasets import DATASETS
from jembatan.opendata.publishing import export_all
from jembatan.reports.tests.factories import disposed_report

pytestmark = pytest.mark.django_db

# Project Open Data v1.1: required for every dataset (bureauCode and programCode are for US
# federal agencies only), and for a distribution with a download.
DCAT_US_DATASET = {"title", "description", "keyword", "modified", "publisher", "contactPoint",
                   "identifier", "accessLevel", "license", "spatial", "distribution"}
# Temporal coverage is "required if applicable": given for every dataset that has rows.
WITH_ROWS = {"laporan-harian", "kinerja-instansi"}
DCAT_US_DISTRIBUTION = {"@type", "downloadURL", "mediaType"}
# DCAT-AP: mandatory classes and properties.
DCAT_AP_CATALOG = {"@context", "@id", "@type", "dct:title", "dct:description", "dct:publisher",
                   "dcat:dataset"}
DCAT_AP_DATASET = {"@id", "@type", "dct:title", "dct:description", "dcat:distribution",
                   "dct:publisher", "dct:license", "dct:modified", "dct:spatial",
                   "dcat:keyword"}
DCAT_AP_DISTRIBUTION = {"@id", "@type", "dcat:accessURL", "dcat:downloadURL",
                        "dcat:mediaType", "dct:license", "dcat:byteSize"}


@pytest.fixture
def exported(coordinator, agency_a, kecamatan):
    for _ in range(5):
        disposed_report(coordinator, agency_a, kecamatan=kecamatan)
    rollups.rebuild_all()
    return export_all()


def _local(url: str) -> str:
    assert url.startswith(settings.SITE_URL)
    return url[len(settings.SITE_URL):]


def test_data_json_is_a_dcat_us_catalogue(client, exported):
    response = client.get(reverse("opendata:data_json"))
    catalogue = json.loads(response.content)

    assert response.status_code == 200
    assert catalogue["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    assert catalogue["@type"] == "dcat:Catalog"
    assert len(catalogue["dataset"]) == len(DATASETS)
    for dataset in catalogue["dataset"]:
        assert set(dataset) >= DCAT_US_DATASET, DCAT_US_DATASET - set(dataset)
        assert dataset["publisher"]["name"] == "Pemerintah Kabupaten Wonosobo"
        assert dataset["license"] == "https://creativecommons.org/licenses/by/4.0/"
        assert dataset["accessLevel"] == "public"
        assert dataset["accrualPeriodicity"] == "R/P1D"
        if dataset["identifier"].endswith(tuple(WITH_ROWS)):
            first, last = dataset["temporal"].split("/")
            assert first <= last
        for distribution in dataset["distribution"]:
            assert set(distribution) >= DCAT_US_DISTRIBUTION
            assert distribution["mediaType"] in ("text/csv", "application/json")
            assert client.get(_local(distribution["downloadURL"])).status_code == 200
        assert client.get(_local(dataset["describedBy"])).status_code == 200


def test_catalog_jsonld_is_a_dcat_ap_catalogue(client, exported):
    response = client.get(reverse("opendata:catalog_jsonld"))
    catalogue = json.loads(response.content)

    assert response["Content-Type"] == "application/ld+json"
    assert set(catalogue) >= DCAT_AP_CATALOG, DCAT_AP_CATALOG - set(catalogue)
    assert catalogue["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    assert len(catalogue["dcat:dataset"]) == len(DATASETS)
    for dataset in catalogue["dcat:dataset"]:
        assert set(dataset) >= DCAT_AP_DATASET, DCAT_AP_DATASET - set(dataset)
        assert dataset["dct:title"]["@language"] == "id"
        assert dataset["dct:spatial"]["skos:notation"] == "33.07"
        if dataset["dct:identifier"] in WITH_ROWS:
            start = dataset["dct:temporal"]["dcat:startDate"]["@value"]
            assert start <= dataset["dct:temporal"]["dcat:endDate"]["@value"]
        for distribution in dataset["dcat:distribution"]:
            assert set(distribution) >= DCAT_AP_DISTRIBUTION
            assert client.get(_local(distribution["dcat:downloadURL"]["@id"])).status_code == 200
            assert distribution["spdx:checksum"]["spdx:checksumValue"]


def test_catalogue_before_the_first_export_lists_datasets_without_dates(client):
    catalogue = json.loads(client.get(reverse("opendata:data_json")).content)

    assert len(catalogue["dataset"]) == len(DATASETS)
    assert all("temporal" not in dataset for dataset in catalogue["dataset"])


def test_catalogue_answers_conditional_requests(client, exported):
    first = client.get(reverse("opendata:catalog_jsonld"))

    assert client.get(reverse("opendata:catalog_jsonld"),
                      HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_dictionary_is_a_table_schema_of_every_column(client):
    for dataset in DATASETS:
        schema = json.loads(client.get(reverse("opendata:dictionary",
                                               kwargs={"slug": dataset.slug})).content)
        assert [field["name"] for field in schema["fields"]] == dataset.column_names
        assert all(field["type"] in ("string", "integer", "number", "date", "datetime",
                                     "boolean") and field["description"]
                   for field in schema["fields"])
