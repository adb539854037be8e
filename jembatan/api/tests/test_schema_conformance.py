"""The whole API against its own OpenAPI schema, with generated requests (schemathesis).

Every operation is called with valid and invalid data as a staff member, as a citizen and as
the public; every answer must be a documented status code with a body that matches the
documented schema, and never a server error. All of schemathesis' checks run, but one:
"valid data must be accepted" is narrowed to what a schema can promise. Data that fits the
schema may still name things that do not exist (a region code, a category, a cursor from
nowhere), and the API answers those with a 400 of their own code; what must never happen is the
API's own validation refusing what the schema allows (a 400 with validation `details`), as that
would mean the schema lies. Examples are bounded so the module stays within about a minute.
"""

from __future__ import annotations

import json

import pytest
import schemathesis
from django.core import signals
from django.core.serializers.json import DjangoJSONEncoder
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from jembatan.api.auth import token_issue
from jembatan.api.urls import api
from jembatan.core.models import Membership
from jembatan.core.tests.factories import MembershipFactory, UserFactory

# Hundreds of generated requests against every endpoint.
pytestmark = pytest.mark.slow
MAX_EXAMPLES = 6


def _load_schema() -> schemathesis.schemas.BaseSchema:
    # The schema as /api/v1/openapi.json serves it; requests go straight to the WSGI app.
    served = api.get_openapi_schema(path_prefix="/api/v1")
    loaded = schemathesis.openapi.from_dict(json.loads(json.dumps(served, cls=DjangoJSONEncoder)))
    loaded.app = get_wsgi_application()
    return loaded


schema = _load_schema()


@schemathesis.check
def schema_valid_data_passes_validation(ctx, response, case):
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 400:
        return
    try:
        body = response.json()
    except ValueError:
        return  # not the API's validation answer (the content-type check reports it)
    if isinstance(body, dict) and "details" in body:
        raise AssertionError(f"The API's validation refused data the schema allows: "
                             f"{response.text[:500]}")


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    # A plain WSGI app closes the database connection after each request, which would end the
    # test's transaction on PostgreSQL; Django's test client unhooks the same signal.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    # Limits would answer most generated submissions with 429 before they reach validation.
    settings.RATELIMIT_ENABLE = False


@pytest.fixture(autouse=True)
def _something_to_find(db, jurisdiction, submit, dispose, agency_a):
    # A report in work, so reads and actions reach more than 404.
    report, _key = submit()
    dispose(report, agency_a)


@pytest.fixture
def callers(db, agency_a):
    """Request headers of a staff member, a citizen with an account, and the public."""
    officer = MembershipFactory(agency=agency_a, role=Membership.Role.OFFICER,
                                user=UserFactory(username="petugas.uji")).user
    citizen = UserFactory(username="warga.uji")
    return {
        "staff": {"Authorization": f"Bearer {token_issue(officer)}"},
        "citizen": {"Authorization": f"Bearer {token_issue(citizen)}"},
        "public": {},
    }


@schema.parametrize()
# No example database: runs stay independent and nothing is written into the checkout.
@settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_every_answer_is_documented_and_never_a_server_error(case, callers):
    generated = case.headers or {}
    meta = case.meta
    # A negative case without an Authorization header tests a missing token: no caller's
    # token may fill it in, or valid credentials would turn the invalid request into a valid one.
    drops_token = (meta is not None and not meta.generation.mode.is_positive
                   and "Authorization" not in generated)
    for headers in callers.values():
        if drops_token:
            headers = {name: value for name, value in headers.items() if name != "Authorization"}
        # A generated Authorization header (testing auth errors) wins over the caller's.
        case.call_and_validate(headers={**headers, **generated},
                               excluded_checks=[positive_data_acceptance],
                               additional_checks=[schema_valid_data_passes_validation])
