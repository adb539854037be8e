"""Pages of the triage domain: allowed and denied."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from jembatan.triage.models import RoutingModel, TriageSettings

pytestmark = pytest.mark.django_db


def test_coordinator_sees_the_routing_page(login, coordinator):
    assert login(coordinator).get(reverse("triage:routing")).status_code == 200


def test_officer_cannot_open_the_routing_page(login, officer_a):
    assert login(officer_a).get(reverse("triage:routing")).status_code == 403


def test_officer_cannot_start_retraining(login, officer_a):
    assert login(officer_a).post(reverse("triage:retrain")).status_code == 403


def test_coordinator_starts_retraining_in_the_background(login, coordinator):
    response = login(coordinator).post(reverse("triage:retrain"))

    assert response.status_code == 302


def test_officer_checks_the_information_value_of_a_post(login, officer_a):
    response = login(officer_a).post(reverse("triage:info_value"), {
        "text": "Bupati menghadiri upacara dan berfoto bersama."})

    assert response.status_code == 200
    assert response.context["result"].label in {"informatif", "seremonial"}
    assert response.context["result"].suggestions


def test_citizen_cannot_use_the_information_value_checker(login, citizen):
    assert login(citizen).get(reverse("triage:info_value")).status_code == 403


def test_routing_page_says_when_the_taxonomy_changed_after_the_model(login, coordinator):
    model = RoutingModel.objects.create(kind=RoutingModel.Kind.TRAINED, n_examples=50,
                                        accuracy=0.8, macro_f1=0.8, blob=b"")
    TriageSettings.current()
    client = login(coordinator)
    TriageSettings.objects.update(taxonomy_changed_at=timezone.now() - dt.timedelta(days=1))
    assert not client.get(reverse("triage:routing")).context["stale"]

    TriageSettings.objects.update(taxonomy_changed_at=model.created_at + dt.timedelta(seconds=1))
    response = client.get(reverse("triage:routing"))

    assert response.context["stale"]
    assert reverse("admin:triage_topic_changelist") in response.content.decode()


def test_routing_page_names_agencies_and_speaks_in_sentences(login, coordinator, agency_a,
                                                             agency_b):
    RoutingModel.objects.create(
        kind=RoutingModel.Kind.TRAINED, n_examples=50, accuracy=0.8, macro_f1=0.813, blob=b"",
        evaluation={
            "n_test": 10, "accuracy": 0.8, "macro_f1": 0.813,
            "per_label": {
                "dpupr": {"precision": 0.75, "recall": 1.0, "f1": 0.86, "support": 6},
                "perumda-tirta-aji": {"precision": 1.0, "recall": 0.5, "f1": 0.67,
                                      "support": 4},
            },
            "confused_pairs": [{"true": "perumda-tirta-aji", "predicted": "dpupr",
                                "count": 2}],
        })

    page = login(coordinator).get(reverse("triage:routing")).content.decode()

    assert agency_a.name in page
    assert agency_b.name in page
    assert "perumda-tirta-aji" not in page
    assert "macro-F1" not in page
    assert "0,813" not in page
    assert "81%" in page
    assert "50%" in page  # the water company's reports the model found
