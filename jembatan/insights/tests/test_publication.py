"""The coordinator's choice of public figures: the page, the action and its audit entry."""

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from jembatan.core.models import AuditEntry
from jembatan.insights import actions, selectors
from jembatan.insights.metrics import DEFAULT_PUBLIC, METRICS

pytestmark = pytest.mark.django_db

URL = "/staf/kinerja/publikasi/"


def test_by_default_the_agreed_figures_are_public():
    assert selectors.public_metric_keys() == set(DEFAULT_PUBLIC)


def test_the_coordinator_changes_the_public_figures_and_it_is_audited(login, coordinator):
    response = login(coordinator).post(URL, {"metric_keys": ["received", "open_overdue"]})
    assert response.status_code == 302
    assert selectors.public_metric_keys() == {"received", "open_overdue"}
    entry = AuditEntry.objects.get(action="insights_publication_update")
    assert entry.actor == coordinator
    assert entry.changes["metric_keys"][1] == ["open_overdue", "received"]


def test_saving_the_same_choice_writes_no_audit_entry(coordinator):
    actions.publication_update(actor=coordinator, metric_keys=DEFAULT_PUBLIC)
    assert not AuditEntry.objects.filter(action="insights_publication_update").exists()


def test_the_page_lists_every_figure_with_its_definition(login, coordinator):
    response = login(coordinator).get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert str(METRICS["followed_up_on_time_rate"].definition) in content
    assert content.count("checked") == len(DEFAULT_PUBLIC)


def test_an_agency_officer_may_not_change_the_public_figures(login, officer_a):
    assert login(officer_a).get(URL).status_code == 403
    assert login(officer_a).post(URL, {"metric_keys": ["received"]}).status_code == 403
    with pytest.raises(PermissionDenied):
        actions.publication_update(actor=officer_a, metric_keys=["received"])


def test_the_public_is_sent_to_log_in(anonymous):
    response = anonymous.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse(settings.LOGIN_URL))


def test_an_unknown_figure_is_refused(login, coordinator):
    response = login(coordinator).post(URL, {"metric_keys": ["nonsense"]})
    assert response.status_code == 400
    with pytest.raises(ValidationError):
        actions.publication_update(actor=coordinator, metric_keys=["nonsense"])


def test_a_new_choice_of_figures_shows_on_the_kept_public_scorecard_at_once(anonymous, coordinator,
                                                                 agency_a):
    label = str(METRICS["followed_up_on_time_rate"].label)
    first = anonymous.get("/kinerja/")
    assert label in first.content.decode()
    assert anonymous.get("/kinerja/", headers={"If-None-Match": first["ETag"]}
                         ).status_code == 304

    actions.publication_update(actor=coordinator, metric_keys=DEFAULT_PUBLIC - {
        "followed_up_on_time_rate"})

    again = anonymous.get("/kinerja/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200
    assert label not in again.content.decode()


def test_a_recount_of_the_figures_gives_the_scorecard_a_new_tag(anonymous):
    from jembatan.insights import rollups

    etag = anonymous.get("/kinerja/")["ETag"]
    assert anonymous.get("/kinerja/", headers={"If-None-Match": etag}).status_code == 304

    rollups.refresh_open_state()

    assert anonymous.get("/kinerja/", headers={"If-None-Match": etag}).status_code == 200
