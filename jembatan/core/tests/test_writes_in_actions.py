"""Every write of the domain goes through an action, and every action leaves an audit entry.

Both tests read the source (AST), so a new view, task or command that writes a model directly
fails here before review. Bookkeeping that is no one's decision (sessions, throttling, task
runs, delivery attempts, caches, mirrors of an outside platform) is listed with its reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.contrib import admin
from django.test import RequestFactory

from jembatan.core.models import User

PACKAGE = Path(__file__).resolve().parents[2]

AUDIT_CALLS = {"audit_record", "update_with_audit"}

# Actions that are kept out of the audit log on purpose, with the reason.
NOT_AUDITED_ACTIONS = {
    "core/actions.py:audit_record": "it is the audit entry",
    "search/actions.py:documents_refresh":
        "the search index is derived data, a copy of public pages; the change it follows is audited",
    "search/actions.py:index_rebuild":
        "the search index is derived data, rebuilt from the domains' tables at any time",
    "core/actions.py:two_factor_enrolment_start": "an unconfirmed secret; enabling it is audited",
    "forum/actions.py:channel_mark_read": "a person's own read marker, set by opening a page",
    "forum/actions.py:announcement_mark_read": "a person's own read marker, set by opening a page",
    "notifications/actions.py:notification_mark_read":
        "a person's own read marker, set by opening a notification",
    "notifications/actions.py:notifications_mark_read": "a person's own read markers",
    "agency_requests/actions.py:requests_remind_due_soon":
        "scheduled reminders: records only that a reminder was sent",
    "reports/actions.py:reports_recompute_deadlines":
        "recomputes deadlines after the calendar changed; the calendar change is audited",
    "library/actions.py:library_thumbnail_make": "a derived image, made in the background",
    "connectors/actions.py:web_question_ask":
        "a citizen's question arrives like a platform message; replies to it are audited",
    "connectors/actions.py:web_question_reply":
        "a citizen's follow-up arrives like a platform message; replies to it are audited",
    "lapor/actions.py:lapor_send_back_record":
        "the log of what went back to SP4N-LAPOR!: delivery bookkeeping of an export",
}

WRITE_METHODS = {
    "save", "delete", "create", "update", "bulk_create", "bulk_update", "get_or_create",
    "update_or_create", "set", "add", "remove", "clear",
}
QUERYSET_HINTS = {
    "objects", "_default_manager", "filter", "exclude", "all", "select_for_update", "only",
    "select_related", "prefetch_related", "order_by", "annotate", "none",
}

# ORM writes outside actions.py that stay where they are, with the reason. A key is a module
# (every write in it) or `module:function`.
ALLOWED_WRITES = {
    "api/auth.py": "API tokens are sign-in sessions: issued, touched and revoked by signing in",
    "api/replays.py": "replay protection of submissions: technical bookkeeping",
    "content/distribution.py":
        "the outbox of a published post: delivery attempts (publishing itself is audited)",
    "notifications/services.py:notify":
        "notifications are the follow-up of an audited action; `emailed_at` is delivery state",
    "notifications/email.py": "delivery state of notification emails",
    "connectors/inbound.py":
        "mirror of what arrived on a platform (messages, contacts, threads); no person acts",
    "connectors/outbound.py":
        "the outbox: delivery attempts of replies whose sending is audited",
    "connectors/imports.py": "progress of an import run: task-run records",
    "connectors/channels/meta/process.py":
        "mirror of the platform's webhook events (edits, reactions, delivery) and their receipt",
    "connectors/channels/email/imap.py": "mailbox polling state of a connected account",
    "connectors/channels/email/ingest.py": "mirror of what arrived in a mailbox",
    "connectors/channels/email/quarantine.py": "emails held back unread: a mailbox mirror",
    "reports/notifications.py": "records which email was sent, so a rerun does not resend it",
    "lapor/push.py":
        "the outbox of what goes back to SP4N-LAPOR!: delivery attempts of audited changes",
    "lapor/attachments.py":
        "download state of SP4N-LAPOR!'s attachments; storing one is an audited action",
    "reports/reminders.py": "records which deadline a reminder was sent for",
    "core/regions.py": "reference data from the Kemendagri region list",
    "insights/rollups.py":
        "derived data: rollup tables recounted from the domains' tables at any time; the "
        "changes they follow are audited",
    "core/login_limits.py": "login throttling",
    "webhooks/delivery.py":
        "the outbox of outgoing webhooks: events as sent, delivery attempts and their state; "
        "subscribing, redelivering and disabling are audited actions",
    "core/scheduler.py": "when each scheduled job was last queued: task-run records",
    "core/background.py":
        "tasks held in the database until Redis takes them: queue bookkeeping, no person acts",
    "core/auth_views.py:password_change":
        "Django's password form on the person's own credential, like the session",
    "reports/loadgen.py": "generated load for benchmarks (generate_load): rows written in bulk "
                          "as the actions would have written them, audit entries included",
    "connectors/loadgen.py": "generated load for benchmarks (generate_load), as above",
    "core/management/commands/rename_uploads.py":
        "file names only, after a storage change: technical maintenance",
}

# Admin pages that save with Django's defaults; every other one saves through an action.
ADMIN_WITHOUT_ACTIONS = {
    "auth.group": "Django's groups: permissions here come from rules.py, superusers only",
    "otp_totp.totpdevice": "django-otp's devices, superusers only; coordinators reset two-step "
                           "sign-in through an audited action",
    "otp_static.staticdevice": "django-otp's recovery codes, superusers only, as above",
    "axes.accessattempt": "login throttling (django-axes)",
    "axes.accesslog": "login throttling (django-axes)",
    "axes.accessfailurelog": "login throttling (django-axes)",
}


def _modules(pattern: str) -> list[Path]:
    return sorted(PACKAGE.glob(pattern))


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _is_exempt_from_writes_check(relative: str) -> bool:
    parts = relative.split("/")
    return (
        parts[-1] in {"actions.py", "models.py", "conftest.py"}
        or any(part in {"migrations", "tests", "demo", "models", "testing"} for part in parts)
    )


def _chain(node: ast.AST) -> list[str]:
    """Names along an attribute/call chain: `A.objects.filter(x).update` gives A, objects,
    filter, update."""
    names: list[str] = []
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Attribute):
            names.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Name):
            names.append(node.id)
            return names[::-1]
        else:
            return names[::-1]


class _WriteFinder(ast.NodeVisitor):
    def __init__(self) -> None:
        self.function = "<module>"
        self.querysets: set[str] = set()
        self.found: list[tuple[int, str, str]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        outer, outer_querysets = self.function, self.querysets
        self.function = node.name if outer == "<module>" else outer
        self.querysets = set(outer_querysets)
        self.generic_visit(node)
        self.function, self.querysets = outer, outer_querysets

    visit_AsyncFunctionDef = visit_FunctionDef

    def _is_queryset(self, receiver: ast.AST) -> bool:
        chain = _chain(receiver)
        return bool(set(chain) & QUERYSET_HINTS) or bool(chain and chain[0] in self.querysets)

    def visit_Assign(self, node: ast.Assign) -> None:
        if self._is_queryset(node.value) and isinstance(node.value, ast.Call):
            self.querysets.update(t.id for t in node.targets if isinstance(t, ast.Name))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr in WRITE_METHODS
                and self._is_write(func.attr, func.value, node)):
            self.found.append((node.lineno, self.function, func.attr))
        self.generic_visit(node)

    def _is_write(self, method: str, receiver: ast.AST, call: ast.Call) -> bool:
        if self._is_queryset(receiver):
            return True
        if method in {"save", "delete"}:
            # model.save(update_fields=...), obj.delete(); storage.save(name, content) and
            # cache.delete(key) take positional arguments.
            return not call.args
        # Related managers and many-to-many: `post.tags.add(...)`, `report.messages.create()`.
        return (
            method in {"create", "get_or_create", "update_or_create", "bulk_create", "set", "add",
                       "remove", "clear"}
            and isinstance(receiver, ast.Attribute)
            and isinstance(receiver.value, ast.Name)
            and receiver.value.id not in {"self", "cls", "cache", "settings"}
        )


def _writes_outside_actions() -> list[str]:
    offences = []
    for path in _modules("*/**/*.py"):
        relative = _relative(path)
        if _is_exempt_from_writes_check(relative) or relative in ALLOWED_WRITES:
            continue
        finder = _WriteFinder()
        finder.visit(ast.parse(path.read_text(), filename=str(path)))
        for line, function, method in finder.found:
            if f"{relative}:{function}" not in ALLOWED_WRITES:
                offences.append(f"{relative}:{line} {function}() calls .{method}()")
    return offences


def test_models_are_written_only_by_actions_or_listed_bookkeeping():
    assert _writes_outside_actions() == []


def test_every_allowed_write_is_still_there():
    """An entry whose write has moved into an action goes from the list too."""
    stale = []
    for key in ALLOWED_WRITES:
        relative, _colon, function = key.partition(":")
        path = PACKAGE / relative
        if not path.exists():
            stale.append(key)
            continue
        finder = _WriteFinder()
        finder.visit(ast.parse(path.read_text()))
        if not any(not function or found == function for _line, found, _method in finder.found):
            stale.append(key)
    assert stale == []


def _called_names(node: ast.AST) -> set[str]:
    names = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Call):
            if isinstance(child.func, ast.Name):
                names.add(child.func.id)
            elif isinstance(child.func, ast.Attribute):
                names.add(child.func.attr)
    return names


def _audits(functions: dict[str, ast.AST], name: str, seen: frozenset[str] = frozenset()) -> bool:
    """Whether `name` writes an audit entry itself or through a helper of its own module."""
    called = _called_names(functions[name])
    if called & AUDIT_CALLS:
        return True
    return any(_audits(functions, other, seen | {name})
               for other in called if other in functions and other not in seen)


def _actions_functions() -> dict[Path, dict[str, ast.AST]]:
    return {
        path: {node.name: node for node in ast.parse(path.read_text(), filename=str(path)).body
               if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
        for path in _modules("*/actions.py")
    }


def _unaudited_actions() -> list[str]:
    modules = _actions_functions()
    # Public audited actions that another app's actions build on (the moderated-comment writes
    # serve consultations and news): calling one counts as writing the entry.
    shared = {name for functions in modules.values() for name in functions
              if not name.startswith("_") and _audits(functions, name)}
    offences = []
    for path, functions in modules.items():
        for name in functions:
            key = f"{_relative(path)}:{name}"
            if name.startswith("_") or key in NOT_AUDITED_ACTIONS:
                continue
            if not _audits(functions, name) and not (_called_names(functions[name]) & shared):
                offences.append(key)
    return offences


def test_every_public_function_of_an_actions_module_writes_an_audit_entry():
    assert _unaudited_actions() == []


def test_every_action_left_out_of_the_audit_log_still_exists():
    present = set()
    for path in _modules("*/actions.py"):
        tree = ast.parse(path.read_text())
        present.update(f"{_relative(path)}:{node.name}" for node in tree.body
                       if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))
    assert set(NOT_AUDITED_ACTIONS) - present == set()


def test_the_write_finder_sees_model_writes_and_not_dicts_caches_or_files():
    finder = _WriteFinder()
    finder.visit(ast.parse('''
def view(request, report, form, post, tag, context, seen, storage, name, content):
    Report.objects.filter(pk=1).update(status="x")
    report.save(update_fields=["status"])
    form.save()
    unread = Notification.objects.filter(recipient=request.user)
    unread.update(read_at=None)
    post.tags.add(tag)
    Preference.objects.update_or_create(user=request.user)
    report.delete()
    context.update({"page": 1})
    cache.set("key", 1)
    cache.delete("key")
    seen.add(1)
    storage.save(name, content)
'''))
    assert [method for _line, _function, method in finder.found] == [
        "update", "save", "save", "update", "add", "update_or_create", "delete",
    ]


def _writable_admin_pages_on_django_defaults() -> list[str]:
    request = RequestFactory().get("/")
    request.user = User(username="root", is_superuser=True, is_active=True, is_staff=True)
    found = []
    for model, model_admin in admin.site._registry.items():
        label = model._meta.label_lower
        kind = type(model_admin)
        saves = (model_admin.has_add_permission(request)
                 or model_admin.has_change_permission(request))
        if saves and kind.save_model is admin.ModelAdmin.save_model:
            found.append(f"{label} saves")
        if model_admin.has_delete_permission(request) and (
                kind.delete_model is admin.ModelAdmin.delete_model
                or kind.delete_queryset is admin.ModelAdmin.delete_queryset):
            found.append(f"{label} deletes")
    return sorted(entry for entry in found if entry.split()[0] not in ADMIN_WITHOUT_ACTIONS)


@pytest.mark.django_db
def test_admin_pages_save_and_delete_through_actions():
    assert _writable_admin_pages_on_django_defaults() == []
