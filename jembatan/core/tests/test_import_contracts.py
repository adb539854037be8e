"""Which app may import which: read from the source with `ast`, so an import inside a function
counts as much as one at the top of a module."""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]  # the jembatan package
APPS = sorted(path.name for path in ROOT.iterdir()
              if path.is_dir() and (path / "__init__.py").exists())

# The language library and its storage: the domains call it, never the other way round.
TRIAGE_MUST_NOT_IMPORT = ("reports", "connectors", "content", "coordination",
                          # the domains coordination is split into
                          "forum", "agency_requests", "agenda", "catalogue", "library")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every module the file imports, `from x import y` giving both x and
    x.y, since y may be a module."""
    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"


def _sources(app: str | None = None) -> list[Path]:
    base = ROOT / app if app else ROOT
    return sorted(path for path in base.rglob("*.py") if "migrations" not in path.parts)


def _app_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "jembatan" and parts[1] in APPS else None


def _is_views(module: str) -> bool:
    """An app's views: `views`, `views_*` or anything inside a `views` package."""
    parts = module.split(".")
    return len(parts) > 2 and (parts[2] == "views" or parts[2].startswith("views_"))


def test_the_contracts_see_the_apps_and_their_imports():
    # A guard against a test that passes because it reads nothing.
    assert {"core", "reports", "triage"} <= set(APPS)
    found = {module for path in _sources("triage") for _line, module in _imports(path)}
    assert "jembatan.triage.models" in found
    assert "jembatan.core.models" in found


def test_triage_imports_no_domain_that_uses_it():
    wrong = [f"{path.relative_to(ROOT.parent)}:{line} imports {module}"
             for path in _sources("triage") for line, module in _imports(path)
             if _app_of(module) in TRIAGE_MUST_NOT_IMPORT]

    assert wrong == []


@pytest.mark.parametrize("app", APPS)
def test_no_app_imports_another_apps_views(app):
    wrong = [f"{path.relative_to(ROOT.parent)}:{line} imports {module}"
             for path in _sources(app) for line, module in _imports(path)
             if _app_of(module) not in (None, app) and _is_views(module)]

    assert wrong == []


def _is_tasks(module: str) -> bool:
    parts = module.split(".")
    return _app_of(module) is not None and len(parts) > 2 and parts[2] == "tasks"


def _actions_modules() -> list[Path]:
    return [path for path in _sources() if path.stem == "actions" or "actions" in path.parent.parts]


def test_no_actions_module_imports_a_tasks_module():
    # The tasks import the actions; an action enqueues its follow-up by dotted path
    # (core.background.enqueue_on_commit), so the two never import each other.
    actions_modules = _actions_modules()
    assert ROOT / "reports" / "actions.py" in actions_modules
    wrong = [f"{path.relative_to(ROOT.parent)}:{line} imports {module}"
             for path in actions_modules for line, module in _imports(path)
             if _is_tasks(module)]

    assert wrong == []


def _import_graph() -> dict[str, set[str]]:
    """Every module of the package (tests and migrations aside) → the package's modules it
    imports, at the top or inside a function alike."""
    modules = {_module_name(path): path for path in _sources() if "tests" not in path.parts}
    return {name: {module for _line, module in _imports(path)
                   if module in modules and module != name}
            for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other (strongly connected components, Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return groups


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_modules_import_each_other():
    # An import inside a function counts: hiding a cycle there is still a cycle.
    graph = _import_graph()
    assert "jembatan.reports.actions" in graph["jembatan.reports.views"]

    assert _cycles(graph) == []
