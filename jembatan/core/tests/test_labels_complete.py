"""Every audit action code written anywhere has a readable label, and every notification kind
a label and a description for the settings page.

The codes are read from the source (AST): the literal `action=` of each call to
`audit_record`, `update_with_audit` or a module's own helper that passes its `action` on
(reports' `_audit` stores `report_<action>`, so its callers' codes get that prefix).
"""

from __future__ import annotations

import ast
from pathlib import Path

from jembatan.core.audit_labels import ACTION_LABELS
from jembatan.notifications import kinds

PACKAGE = Path(__file__).resolve().parents[2]

AUDIT_WRITERS = {"audit_record": "", "update_with_audit": ""}


def _request_answer_actions() -> set[str]:
    from jembatan.agency_requests.rules import TARGET_ACTIONS

    return set(TARGET_ACTIONS)


def _codes_passed_to(name: str):
    """The literal `action=` codes every module passes to the shared writer `name` (the
    moderated-comment writes serve consultations and news alike)."""

    def codes() -> set[str]:
        found = set()
        for path in _source_modules():
            for call in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if isinstance(call, ast.Call) and _called_name(call) == name:
                    value = _action_argument(call)
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.add(value.value)
        return found

    return codes


# Public actions whose code is built from an argument: where the argument's values come from.
FORWARDED_ACTION_VALUES = {
    "agency_requests/actions.py:request_answer": _request_answer_actions,
    "participation/actions.py:moderated_flag": _codes_passed_to("moderated_flag"),
    "participation/actions.py:moderated_hide": _codes_passed_to("moderated_hide"),
    "participation/actions.py:moderated_restore": _codes_passed_to("moderated_restore"),
}


def _source_modules() -> list[Path]:
    return [
        path for path in sorted(PACKAGE.glob("*/**/*.py"))
        if not {"tests", "migrations", "testing"} & set(path.relative_to(PACKAGE).parts)
    ]


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _action_argument(call: ast.Call) -> ast.expr | None:
    return next((kw.value for kw in call.keywords if kw.arg == "action"), None)


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    arguments = function.args
    return {a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}


def _forwarded_prefix(value: ast.expr, parameters: set[str]) -> str | None:
    """`action=action` forwards with no prefix, `action=f"report_{action}"` with one."""
    if isinstance(value, ast.Name) and value.id in parameters:
        return ""
    if (isinstance(value, ast.JoinedStr) and len(value.values) == 2
            and isinstance(value.values[0], ast.Constant)
            and isinstance(value.values[1], ast.FormattedValue)
            and isinstance(value.values[1].value, ast.Name)
            and value.values[1].value.id in parameters):
        return value.values[0].value
    return None


def _writers_of(tree: ast.AST) -> dict[str, str]:
    """The module's audit writers by name, each with the prefix it puts before a code."""
    writers = dict(AUDIT_WRITERS)
    changed = True
    while changed:
        changed = False
        for function in _functions(tree):
            if function.name in writers:
                continue
            parameters = _parameters(function)
            for call in ast.walk(function):
                if not isinstance(call, ast.Call) or _called_name(call) not in writers:
                    continue
                value = _action_argument(call)
                prefix = None if value is None else _forwarded_prefix(value, parameters)
                if prefix is not None:
                    writers[function.name] = writers[_called_name(call)] + prefix
                    changed = True
                    break
    return writers


def _literals(value: ast.expr, function: ast.AST | None) -> set[str] | None:
    """The codes an `action=` expression can take, or None if they cannot be read."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return {value.value}
    if isinstance(value, ast.IfExp):
        body, orelse = _literals(value.body, function), _literals(value.orelse, function)
        return None if body is None or orelse is None else body | orelse
    if isinstance(value, ast.Name) and function is not None:
        assigned: set[str] = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == value.id for t in node.targets):
                found = _literals(node.value, None)
                if found is None:
                    return None
                assigned |= found
        return assigned or None
    return None


def _audit_codes() -> tuple[set[str], list[str]]:
    codes: set[str] = set()
    unreadable: list[str] = []
    for path in _source_modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        writers = _writers_of(tree)
        for name, prefix in writers.items():
            if name in AUDIT_WRITERS or name.startswith("_"):
                continue
            key = f"{path.relative_to(PACKAGE).as_posix()}:{name}"
            if key in FORWARDED_ACTION_VALUES:
                codes |= {prefix + value for value in FORWARDED_ACTION_VALUES[key]()}
            else:
                unreadable.append(f"{key} (takes its code as an argument)")
        enclosing = {id(call): function for function in _functions(tree)
                     for call in ast.walk(function) if isinstance(call, ast.Call)}
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _called_name(call) not in writers:
                continue
            value = _action_argument(call)
            function = enclosing.get(id(call))
            if value is None or (function is not None and _forwarded_prefix(
                    value, _parameters(function)) is not None):
                continue
            found = _literals(value, function)
            if found is None:
                unreadable.append(f"{path.relative_to(PACKAGE)}:{call.lineno}")
                continue
            codes |= {writers[_called_name(call)] + code for code in found}
    return codes, unreadable


def test_every_audit_code_in_the_code_can_be_read():
    _codes, unreadable = _audit_codes()
    assert unreadable == []


def test_codes_built_from_a_prefix_or_an_argument_are_resolved():
    codes, _unreadable = _audit_codes()
    assert {"report_dispose", "report_submit", "agency_update", "saved_filter_save",
            "request_done", "task_requeue", "news_comment_hide",
            "consultation_comment_flag"} <= codes


def test_every_audit_code_in_the_code_has_a_label():
    codes, _unreadable = _audit_codes()
    assert sorted(codes - set(ACTION_LABELS)) == []


def _notified_kinds() -> set[str]:
    """Kinds passed to `notify(recipients, kind, ...)` or an app's `_notify` wrapper."""
    found = set()
    for path in _source_modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        constants = {
            target.id: node.value.value
            for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)
        }
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call)
                    and _called_name(call) in {"notify", "_notify", "_news_notify"}
                    and len(call.args) >= 2):
                kind = call.args[1]
                if isinstance(kind, ast.Constant) and isinstance(kind.value, str):
                    found.add(kind.value)
                elif isinstance(kind, ast.Name) and kind.id in constants:
                    found.add(constants[kind.id])
    return found


def test_every_kind_that_is_notified_is_registered():
    notified = _notified_kinds()
    assert {"forum_mention", "request_new", "content_post_status"} <= notified
    assert sorted(notified - set(kinds.KINDS)) == []


def test_every_notification_kind_has_a_label_and_a_description():
    missing = [key for key, kind in kinds.KINDS.items()
               if not str(kind.label).strip() or not str(kind.description).strip()]
    assert missing == []
