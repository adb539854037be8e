"""Reference and demo data files: they parse, they agree with each other, and the one agencies
file feeds both the demo and the measurement of routing."""

import ast
import io
import json
import re
import tomllib
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from jembatan.core.demo import loader as core_demo
from jembatan.core.models import Agency, Membership
from jembatan.core.reference import AGENCIES_FILE, reference_agencies
from jembatan.reports.demo import content as reports_demo
from jembatan.reports.models import Kind, RejectionReason

PACKAGE = Path(__file__).resolve().parents[2]
REGION_CODE = re.compile(r"^33\.07\.\d\d(\.\d{4})?$")


def slugs() -> set[str]:
    return {agency["slug"] for agency in reference_agencies()}


# --- the agencies file ---------------------------------------------------------------------------


def test_agencies_file_lists_45_agencies_with_unique_slugs_and_every_field():
    agencies = reference_agencies()

    assert len(agencies) == 45
    assert len(slugs()) == 45
    for agency in agencies:
        assert agency["kind"] in Agency.Kind.values, agency["slug"]
        for field in ("name", "short_name", "duties", "phone", "email", "address",
                      "service_hours"):
            assert agency[field].strip(), (agency["slug"], field)


def test_agencies_file_parents_and_regions_are_known():
    for agency in reference_agencies():
        assert agency["parent"] is None or agency["parent"] in slugs(), agency["slug"]
        assert agency["region"] is None or REGION_CODE.match(agency["region"]), agency["slug"]


def test_no_other_file_of_the_project_repeats_the_agencies_duties():
    duties = [" ".join(agency["duties"].split()[:8]) for agency in reference_agencies()]
    copies = []
    for path in PACKAGE.rglob("*"):
        if path == AGENCIES_FILE or path.suffix not in {".csv", ".tsv", ".toml", ".json", ".py"}:
            continue
        text = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
        copies += [f"{path.relative_to(PACKAGE)}: {d}" for d in duties if d in text]

    assert copies == []


# --- the demo files ------------------------------------------------------------------------------


def test_demo_files_parse():
    for path in (core_demo.DEMO_FILE, Path(reports_demo.HERE) / "reports.toml",
                 Path(reports_demo.HERE) / "texts.toml"):
        with path.open("rb") as handle:
            assert tomllib.load(handle), path


def test_demo_people_belong_to_agencies_of_the_agencies_file():
    roles = {"coordinator", "agency_admin", "officer", "citizen"}

    for person in core_demo.PEOPLE:
        assert person["role"] in roles, person["username"]
        assert person["agency"] is None or person["agency"] in slugs(), person["username"]
    assert core_demo.DEMO_JURISDICTION["region_code"] == "33.07"
    assert core_demo.LIAISON_NAMES


def test_demo_reports_name_known_agencies_kinds_and_regions():
    assert len(reports_demo.REPORT_TEMPLATES) == 182
    for template in reports_demo.REPORT_TEMPLATES:
        assert template["agency"] in slugs(), template["title"]
        assert template["kind"] in Kind.values, template["title"]
        assert REGION_CODE.match(template["kecamatan"]), template["title"]
        assert template["desa"].startswith(template["kecamatan"]), template["title"]
        for field in ("category", "title", "body", "reply", "progress"):
            assert template[field].strip(), (template["title"], field)


def test_demo_texts_cover_every_score_and_reason_and_name_known_agencies():
    assert sorted(reports_demo.RATING_COMMENTS) == [1, 2, 3, 4, 5]
    assert set(reports_demo.REJECTION_TEXTS) <= set(RejectionReason.values)
    assert all(reports_demo.REJECTION_TEXTS.values())
    for item in reports_demo.CANNED_RESPONSES:
        assert item["agency"] is None or item["agency"] in slugs(), item["title"]
    assert any(item["agency"] is None for item in reports_demo.CANNED_RESPONSES)



DEMO_DATA_FILES = sorted(PACKAGE.glob("*/demo/*.toml"))
AGENCY_KEYS = {"agency", "lead", "covered_by"}
AGENCY_LIST_KEYS = {"asked", "agencies", "co_authors"}


def _agency_slugs_named(value) -> list[str]:
    """Every agency slug a demo file names, at any depth."""
    named = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in AGENCY_KEYS and isinstance(item, str):
                named.append(item)
            elif key in AGENCY_LIST_KEYS:
                named.extend(item)
            else:
                named.extend(_agency_slugs_named(item))
    elif isinstance(value, list):
        for item in value:
            named.extend(_agency_slugs_named(item))
    return named


def test_every_domain_keeps_its_demo_in_data_files():
    apps = {path.parent.parent.name for path in DEMO_DATA_FILES}

    assert apps >= {"agency_requests", "agenda", "catalogue", "connectors", "content", "core",
                    "forum", "library", "reports"}


@pytest.mark.parametrize("path", DEMO_DATA_FILES,
                         ids=lambda path: f"{path.parent.parent.name}/{path.name}")
def test_demo_data_files_name_only_agencies_of_the_agencies_file(path):
    with path.open("rb") as handle:
        named = set(_agency_slugs_named(tomllib.load(handle)))

    assert named - slugs() == set()


def test_no_demo_text_is_written_in_python():
    """Texts a person reads belong in the data files; the demo modules only read and load them."""
    long_literals = []
    for module in sorted(PACKAGE.glob("*/demo/*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and len(node.value) > 80 and id(node) not in docstrings):
                long_literals.append(f"{module.relative_to(PACKAGE)}:{node.lineno}")

    assert long_literals == []

# --- one file for the demo and for routing -------------------------------------------------------


@pytest.mark.django_db
def test_demo_creates_exactly_the_agencies_of_the_agencies_file():
    call_command("load_demo", "--core-only", stdout=io.StringIO())

    created = {
        agency.slug: (agency.name, agency.short_name, agency.kind, agency.duties, agency.phone,
                      agency.email, agency.website, agency.address, agency.service_hours,
                      agency.parent.slug if agency.parent else None, agency.region_id)
        for agency in Agency.objects.select_related("parent")
    }
    assert created == {
        row["slug"]: (row["name"], row["short_name"], row["kind"], row["duties"], row["phone"],
                      row["email"], row["website"], row["address"], row["service_hours"],
                      row["parent"], row["region"])
        for row in reference_agencies()
    }
    # Every agency can answer: the demo people or a liaison officer.
    assert set(Membership.objects.values_list("agency__slug", flat=True)) == slugs()


def routing_eval(*args) -> dict:
    out = io.StringIO()
    call_command("routing_eval", *args, "--json", stdout=out)
    return json.loads(out.getvalue().strip().splitlines()[-1])


def write_test_set(tmp_path) -> str:
    test = tmp_path / "test.csv"
    test.write_text(
        "text,agency\n"
        "jalan kabupaten berlubang dan aspal mengelupas mohon diperbaiki,dpupr\n"
        "anak saya belum imunisasi di posyandu,dinkes\n",
        encoding="utf-8",
    )
    return str(test)


def test_routing_eval_cold_start_reads_the_agencies_file_by_default(tmp_path):
    result = routing_eval("--cold-start", "--test", write_test_set(tmp_path))

    assert result["mode"] == "cold_start"
    assert result["n_test"] == 2
    assert routing_eval("--cold-start", str(AGENCIES_FILE), "--test",
                        write_test_set(tmp_path))["accuracy"] == result["accuracy"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[agency]\nslug = ", "not a valid agencies file"),
        ("title = 'no agencies'\n", "no [[agency]] entries"),
        ("agency = 'dpupr'\n", "not a valid agencies file"),
        ("[[agency]]\nslug = 'dpupr'\nname = 'DPUPR'\n", "lack a slug, name or duties"),
    ],
)
def test_routing_eval_rejects_an_unusable_agencies_file_with_exit_code_2(tmp_path, content,
                                                                         message):
    agencies = tmp_path / "agencies.toml"
    agencies.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError, match=re.escape(message)) as error:
        routing_eval("--cold-start", str(agencies), "--test", write_test_set(tmp_path))

    assert error.value.returncode == 2


def test_routing_eval_reports_a_missing_agencies_file_with_exit_code_2(tmp_path):
    with pytest.raises(CommandError, match="file not found") as error:
        routing_eval("--cold-start", str(tmp_path / "nowhere.toml"), "--test",
                     write_test_set(tmp_path))

    assert error.value.returncode == 2
