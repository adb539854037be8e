"""What a person may do comes from the rules alone: Django's model permissions and groups are
not read, so a page costs no permission queries (decision 0067)."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_a_refused_permission_reads_no_permission_tables(officer_a):
    with CaptureQueriesContext(connection) as queries:
        assert not officer_a.has_perm("core.view_audit_log")
        assert not officer_a.has_perm("triage.view_routing")

    assert not [q for q in queries.captured_queries if "auth_" in q["sql"]
                or "permission" in q["sql"]]


def test_a_model_permission_given_by_hand_grants_nothing(officer_a):
    officer_a.user_permissions.add(Permission.objects.get(codename="view_auditentry"))
    group = Group.objects.create(name="Auditors")
    group.permissions.add(Permission.objects.get(codename="view_auditentry"))
    officer_a.groups.add(group)
    officer_a = type(officer_a).objects.get(pk=officer_a.pk)

    assert not officer_a.has_perm("core.view_auditentry")


def test_the_rules_still_grant_and_a_superuser_may_do_everything(officer_a, coordinator):
    assert officer_a.has_perm("reports.view_inbox")
    assert coordinator.has_perm("core.view_audit_log")
    coordinator.is_superuser = True
    assert coordinator.has_perm("core.view_auditentry")


def test_groups_are_not_offered_in_the_admin():
    assert Group not in admin.site._registry
