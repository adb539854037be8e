"""The catalogue of the open data in the two forms portals harvest: DCAT-US 1.1 (`data.json`,
the Project Open Data schema that CKAN's harvesters and data.gov read) and DCAT-AP as JSON-LD
(`catalog.jsonld`, which ckanext-dcat reads).

Satu Data Indonesia (Perpres 39/2019) asks data to come with metadata in a fixed structure, in an
open machine-readable format, with reference codes: each dataset names its producer (the
jurisdiction, as publisher), its contact, the update frequency, the period and area it covers
(the regency by its Kemendagri code, the same codes as the kecamatan column) and a data
dictionary (concept, definition, type and unit of every column) as a Table Schema.

Built from the dataset definitions and the latest manifest: no data row is read here.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from jembatan.opendata.datasets import DATASETS, LICENSE_URL, Dataset

DCAT_US_SCHEMA = "https://project-open-data.cio.gov/v1.1/schema"
DAILY_EU = "http://publications.europa.eu/resource/authority/frequency/DAILY"
MEDIA_TYPES_EU = "https://www.iana.org/assignments/media-types/"
LANGUAGE_EU = "http://publications.europa.eu/resource/authority/language/IND"
FORMAT_EU = "http://publications.europa.eu/resource/authority/file-type/"


def _url(name: str, **kwargs) -> str:
    return f"{settings.SITE_URL}{reverse(name, kwargs=kwargs or None)}"


def _publisher():
    from jembatan.core.models import Jurisdiction

    jurisdiction = Jurisdiction.current()
    if jurisdiction is None:
        return "", "", "", ""
    return (jurisdiction.name, jurisdiction.email, jurisdiction.region_code,
            jurisdiction.short_name)


def _modified(manifest: dict | None) -> str | None:
    return manifest["generated_at"] if manifest else None


def _entry(dataset: Dataset, manifest: dict | None) -> dict | None:
    if manifest is None:
        return None
    return manifest["datasets"].get(dataset.slug)


def dcat_us(manifest: dict | None) -> dict:
    name, email, region_code, _short_name = _publisher()
    datasets = []
    for dataset in DATASETS:
        entry = _entry(dataset, manifest)
        item = {
            "@type": "dcat:Dataset",
            "identifier": _url("opendata:index") + f"#{dataset.slug}",
            "title": str(dataset.title),
            "description": str(dataset.description),
            "keyword": list(dataset.keywords),
            "modified": _modified(manifest),
            "publisher": {"@type": "org:Organization", "name": name},
            "contactPoint": {"@type": "vcard:Contact", "fn": name,
                             "hasEmail": f"mailto:{email}" if email else ""},
            "accessLevel": "public",
            "license": LICENSE_URL,
            "spatial": f"{name} (Kemendagri {region_code})" if region_code else name,
            "accrualPeriodicity": "R/P1D",
            "language": ["id"],
            "landingPage": _url("opendata:index") + f"#{dataset.slug}",
            "describedBy": _url("opendata:dictionary", slug=dataset.slug),
            "describedByType": "application/json",
            "distribution": [],
        }
        if entry and entry["first_day"] and dataset.has_temporal:
            item["temporal"] = f"{entry['first_day']}/{entry['last_day']}"
        for fmt, media_type in (("csv", "text/csv"), ("json", "application/json")):
            item["distribution"].append({
                "@type": "dcat:Distribution",
                "title": f"{dataset.title} ({fmt.upper()})",
                "downloadURL": _url("opendata:download", slug=dataset.slug, fmt=fmt),
                "mediaType": media_type,
                "format": fmt.upper(),
                "describedBy": _url("opendata:dictionary", slug=dataset.slug),
                "describedByType": "application/json",
            })
        datasets.append(item)
    return {
        "@context": f"{DCAT_US_SCHEMA}/catalog.jsonld",
        "@id": _url("opendata:data_json"),
        "@type": "dcat:Catalog",
        "conformsTo": DCAT_US_SCHEMA,
        "describedBy": f"{DCAT_US_SCHEMA}/catalog.json",
        "dataset": datasets,
    }


def dcat_ap(manifest: dict | None) -> dict:
    name, email, region_code, short_name = _publisher()
    publisher = {"@id": f"{settings.SITE_URL}/#penerbit", "@type": "foaf:Agent",
                 "foaf:name": name}
    license_ = {"@id": LICENSE_URL, "@type": "dct:LicenseDocument"}
    modified = ({"@value": _modified(manifest), "@type": "xsd:dateTime"} if manifest
                else None)
    datasets = []
    for dataset in DATASETS:
        entry = _entry(dataset, manifest)
        item = {
            "@id": _url("opendata:index") + f"#{dataset.slug}",
            "@type": "dcat:Dataset",
            "dct:identifier": dataset.slug,
            "dct:title": {"@value": str(dataset.title), "@language": "id"},
            "dct:description": {"@value": str(dataset.description), "@language": "id"},
            "dcat:keyword": [{"@value": word, "@language": "id"} for word in dataset.keywords],
            "dct:publisher": publisher,
            "dct:license": license_,
            "dct:language": {"@id": LANGUAGE_EU},
            "dct:accrualPeriodicity": {"@id": DAILY_EU},
            "dct:spatial": {"@type": "dct:Location", "skos:prefLabel": name,
                            "skos:notation": region_code},
            "dcat:contactPoint": {"@type": "vcard:Organization", "vcard:fn": name,
                                  "vcard:hasEmail": ({"@id": f"mailto:{email}"} if email
                                                     else None)},
            "dcat:landingPage": {"@id": _url("opendata:index")},
            "dct:conformsTo": {"@id": _url("opendata:dictionary", slug=dataset.slug)},
            "dcat:distribution": [],
        }
        if modified:
            item["dct:modified"] = modified
        if entry and entry["first_day"] and dataset.has_temporal:
            item["dct:temporal"] = {
                "@type": "dct:PeriodOfTime",
                "dcat:startDate": {"@value": entry["first_day"], "@type": "xsd:date"},
                "dcat:endDate": {"@value": entry["last_day"], "@type": "xsd:date"}}
        for fmt, media_type in (("csv", "text/csv"), ("json", "application/json")):
            url = _url("opendata:download", slug=dataset.slug, fmt=fmt)
            distribution = {
                "@id": url, "@type": "dcat:Distribution",
                "dct:title": {"@value": f"{dataset.title} ({fmt.upper()})", "@language": "id"},
                "dcat:accessURL": {"@id": url}, "dcat:downloadURL": {"@id": url},
                "dcat:mediaType": {"@id": MEDIA_TYPES_EU + media_type},
                "dct:format": {"@id": FORMAT_EU + fmt.upper()},
                "dct:license": license_,
                "dct:conformsTo": {"@id": _url("opendata:dictionary", slug=dataset.slug)},
            }
            if entry:
                stored = entry["files"][fmt]
                distribution["dcat:byteSize"] = {"@value": str(stored["bytes"]),
                                                 "@type": "xsd:nonNegativeInteger"}
                distribution["spdx:checksum"] = {
                    "@type": "spdx:Checksum",
                    "spdx:algorithm": {"@id": "http://spdx.org/rdf/terms#checksumAlgorithm_sha256"},
                    "spdx:checksumValue": stored["sha256"]}
            item["dcat:distribution"].append(distribution)
        datasets.append(item)
    catalog = {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/", "vcard": "http://www.w3.org/2006/vcard/ns#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "spdx": "http://spdx.org/rdf/terms#", "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": _url("opendata:catalog_jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": {"@value": str(catalogue_title(short_name or name)), "@language": "id"},
        "dct:description": {"@value": str(catalogue_description()), "@language": "id"},
        "dct:publisher": publisher,
        "dct:license": license_,
        "dct:language": {"@id": LANGUAGE_EU},
        "foaf:homepage": {"@id": _url("opendata:index")},
        "dcat:dataset": datasets,
    }
    if modified:
        catalog["dct:modified"] = modified
    return catalog


def catalogue_title(name: str):
    from django.utils.translation import gettext as _

    return _("Open data of %(name)s") % {"name": name}


def catalogue_description():
    from django.utils.translation import gettext as _

    return _("Public reports, agency scorecards, news and public consultations of the regency "
             "as open data, updated every day.")


def table_schema(dataset: Dataset) -> dict:
    """The data dictionary as a Frictionless Table Schema (CKAN's DataStore reads it)."""
    fields = []
    for column in dataset.columns:
        field = {"name": column.name, "title": column.name,
                 "description": str(column.meaning), "type": column.type}
        if column.unit:
            field["unit"] = str(column.unit)
        if column.type == "date":
            field["format"] = "%Y-%m-%d"
        fields.append(field)
    return {"name": dataset.slug, "title": str(dataset.title),
            "description": str(dataset.description), "licenses": [
                {"name": "CC-BY-4.0", "path": LICENSE_URL, "title": "CC BY 4.0"}],
            "fields": fields, "missingValues": [""]}
