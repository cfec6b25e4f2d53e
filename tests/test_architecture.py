"""The shape of the code: one-way app dependencies, no import cycles inside an app, small modules.

Run it alone with `python -m pytest tests/test_architecture.py -q`; it reads the source (ast) and
imports nothing of Haven. The rules and the reasons behind them: docs/architecture.md.

- Every import between Haven's apps must follow ALLOWED_DEPENDENCIES below. Top-level and
  function-level imports both count: an import moved into a function still ties the two apps.
- No import cycle between the modules of one app (again counting function-level imports).
- No import of Haven's own code inside a function (the usual way to hide a cycle), except in an
  AppConfig.ready() (Django's place for it) and the few listed in FUNCTION_IMPORTS with their
  reason. Lazy imports of third-party modules are not counted.
- No module over 400 lines and no function over 60 lines, outside tests and migrations, except
  the few listed in LONG_ALLOWED with their reason.

A new app: add one line to ALLOWED_DEPENDENCIES naming what it may import (and a line in
docs/architecture.md). Nothing else in this file needs to change.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Which app may import which, lowest layer first. Imports point DOWN this table only.
# An app not listed here is not allowed to exist: add it, with what it needs, when you create it.
ALLOWED_DEPENDENCIES: dict[str, set[str]] = {
    # Bottom layer: imported by everyone.
    "live": set(),  # the live-event bus: group names, publish after commit
    "reviewable": set(),  # the registry of reviewable kinds and the content-policy hook
    "accounts": {"live", "reviewable"},  # members, roles, sanctions, the audit log
    # The forum, which the features build on.
    "forum": {"accounts", "live", "reviewable"},
    # Features: each may import forum and the bottom layer, never another feature.
    "moderation": {"accounts", "live", "reviewable", "forum"},  # review queue, flags, sanctions, crisis
    "realtime": {"accounts", "live", "reviewable", "forum"},  # chat, presence, live topics
    "resources": {"accounts", "live", "reviewable", "forum"},  # clinician-reviewed guidance
    "journal": {"accounts", "live", "reviewable", "forum"},  # members' private taper journal
    "conversations": {"accounts", "live", "reviewable", "forum"},  # private messages
    # E-mail reads other apps' notifications and guidance; nothing imports it.
    "mailing": {"accounts", "live", "reviewable", "forum", "resources"},
    # Project wiring (settings, root URLs, ASGI) and the benchmark harness sit on top.
    "config": {"*"},
    "bench": {"*"},
}

# Imports of Haven code inside functions that are truly needed, with the reason.
# Key: "module:function". AppConfig.ready() methods need no entry.
FUNCTION_IMPORTS: dict[str, str] = {}
# bench/ holds scripts that configure Django (settings, django.setup()) before they may import
# models, so their imports of Haven code sit inside functions by necessity.
SCRIPT_PACKAGES = ("bench",)

# Modules over 400 lines or functions over 60 lines that are better whole. Key: module path, or
# "module path:function name".
LONG_ALLOWED: dict[str, str] = {
    # Django's settings: one flat list of declarations in sections, read top to bottom; one file
    # is where operators and tests/config look for every setting and environment variable. The
    # environment parsing already lives in config/env.py; what is left is declarations, a third
    # of them the HAVEN_* knobs each with its comment (docs/decisions.md: "The settings file").
    "config/settings.py": "the project's settings, one declaration list",
    # Benchmark scripts: each main is one linear recipe (set up, measure, print the table) that
    # reads best top to bottom; none of it runs in the product.
    "bench/gen_dataset.py:main": "a benchmark script's linear recipe",
    "bench/http_bench.py:main": "a benchmark script's linear recipe",
    "bench/ws_load.py:run_case": "a benchmark script's linear recipe",
    "bench/ws_load.py:main": "a benchmark script's linear recipe",
}

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
SKIPPED_DIRS = {"migrations", "tests", "__pycache__", "node_modules", "data"}


def _source_files() -> Iterator[Path]:
    """Haven's own Python files, outside tests and migrations."""
    for app in ALLOWED_DEPENDENCIES:
        for path in sorted((ROOT / app).rglob("*.py")):
            if not SKIPPED_DIRS.intersection(path.relative_to(ROOT).parts[:-1]):
                yield path
    yield ROOT / "manage.py"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _app_of(module: str) -> str | None:
    top = module.split(".")[0]
    return top if top in ALLOWED_DEPENDENCIES else None


class _Imports(ast.NodeVisitor):
    """Every import in a module: (imported module, line, enclosing function or None)."""

    def __init__(self, module: str, is_package: bool, known: set[str]):
        self.module, self.is_package, self.known = module, is_package, known
        self.found: list[tuple[str, int, str | None]] = []
        self.function: list[str] = []

    def _visit_function(self, node):
        self.function.append(node.name)
        self.generic_visit(node)
        self.function.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = _visit_function

    def _add(self, name: str, node) -> None:
        self.found.append((name, node.lineno, self.function[-1] if self.function else None))

    def visit_Import(self, node):
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node):
        base = node.module or ""
        if node.level:
            package = self.module.split(".") if self.is_package else self.module.split(".")[:-1]
            package = package[: len(package) - node.level + 1]
            base = ".".join([*package, *([base] if base else [])])
        for alias in node.names:
            candidate = f"{base}.{alias.name}"
            self._add(candidate if candidate in self.known else base, node)


def _graph() -> dict[str, list[tuple[str, int, str | None]]]:
    files = {_module_name(path): path for path in _source_files()}
    known = set(files)
    graph = {}
    for module, path in files.items():
        visitor = _Imports(module, path.name == "__init__.py", known)
        visitor.visit(ast.parse(path.read_text(), filename=str(path)))
        graph[module] = visitor.found
    return graph


GRAPH = _graph()


def _resolve(name: str) -> str | None:
    """The Haven module an import names (its nearest known parent package), or None."""
    while name and name not in GRAPH:
        name = name.rpartition(".")[0]
    return name or None


def _executed_by(importer: str, name: str) -> list[str]:
    """The Haven modules an import runs: the module it names and, as Python does, the __init__ of
    each package above it that the importer is not itself inside (`from forum.services.drafts
    import x` in forum/tasks.py runs forum/services/__init__.py, and every module that imports)."""
    target = _resolve(name)
    if not target:
        return []
    parts = target.split(".")
    parents = [".".join(parts[:n]) for n in range(1, len(parts))]
    return [target] + [p for p in parents if p in GRAPH and not (importer == p or importer.startswith(p + "."))]


def _cycles_in(app: str) -> list[list[str]]:
    """Strongly connected groups of more than one module (or a module importing itself)."""
    nodes = [m for m in GRAPH if _app_of(m) == app]
    edges = {
        m: sorted({t for name, _line, _fn in GRAPH[m] for t in _executed_by(m, name) if _app_of(t) == app})
        for m in nodes
    }
    index, low, stack, on_stack, groups, counter = {}, {}, [], set(), [], [0]

    def visit(node):  # Tarjan's algorithm
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in edges[node]:
                groups.append(sorted(group))

    for node in nodes:
        if node not in index:
            visit(node)
    return groups


@pytest.mark.parametrize("app", sorted(ALLOWED_DEPENDENCIES))
def test_no_import_cycle_inside_an_app(app):
    cycles = _cycles_in(app)
    assert not cycles, f"Import cycles inside {app}/ (break them; see docs/architecture.md): {cycles}"


def test_apps_only_import_the_apps_they_are_allowed_to():
    wrong = []
    for module, imports in GRAPH.items():
        source = _app_of(module)
        for name, line, _function in imports:
            target = _app_of(name)
            allowed = ALLOWED_DEPENDENCIES[source] if source else set()
            if source and target and target != source and target not in allowed and "*" not in allowed:
                wrong.append(f"{module}:{line} imports {name} ({source} -> {target})")
    assert not wrong, "Imports against the allowed directions (tests/test_architecture.py):\n" + "\n".join(wrong)


def test_no_imports_of_haven_code_inside_functions_except_the_documented_ones():
    found = sorted(
        f"{module}:{function} (line {line}: {name})"
        for module, imports in GRAPH.items()
        for name, line, function in imports
        if function is not None
        and _app_of(name)
        and f"{module}:{function}" not in FUNCTION_IMPORTS
        and not (module.endswith(".apps") and function == "ready")
        and module.split(".")[0] not in SCRIPT_PACKAGES
    )
    assert not found, "Move these imports to the top of the module (or document why not):\n" + "\n".join(found)


def _too_long() -> Iterator[str]:
    for path in _source_files():
        relative = str(path.relative_to(ROOT))
        text = path.read_text()
        lines = text.count("\n") + (0 if text.endswith("\n") else 1)
        if lines > MAX_MODULE_LINES and relative not in LONG_ALLOWED:
            yield f"{relative}: {lines} lines (at most {MAX_MODULE_LINES})"
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES and f"{relative}:{node.name}" not in LONG_ALLOWED:
                    yield f"{relative}:{node.name}: {length} lines (at most {MAX_FUNCTION_LINES})"


def test_modules_and_functions_stay_small_enough_to_hold_in_your_head():
    found = list(_too_long())
    assert not found, "Split these along the lines their docstrings draw:\n" + "\n".join(found)


def test_the_allow_lists_name_only_things_that_exist():
    """An entry left behind after a split would silently allow the next long function there."""
    stale = [key for key in FUNCTION_IMPORTS if key.split(":")[0] not in GRAPH]
    stale += [key for key in LONG_ALLOWED if not (ROOT / key.split(":")[0]).exists()]
    stale += [key for key in QUERIES_ALLOWED if not (ROOT / key).exists()]
    assert not stale, f"Remove these stale allow-list entries: {stale}"


def test_every_app_folder_is_in_the_dependency_table():
    missing = {path.parent.name for path in ROOT.glob("*/apps.py")} - set(ALLOWED_DEPENDENCIES)
    assert not missing, f"Add these apps to ALLOWED_DEPENDENCIES (with what they may import): {missing}"


# Reads live in selectors: views, consumers and permission modules ask a selector instead of
# querying models themselves (`Model.objects...`, `get_object_or_404`). Exceptions, with the reason:
QUERIES_ALLOWED: dict[str, str] = {
    # The verification rules read the member's latest application (model-layer queryset methods):
    # resources.selectors filters by these rules, so the rules can't import it.
    "resources/permissions.py": "the rules' own input, below resources.selectors",
    # Drafts are being reworked this session (care); the one look-up moves with that work.
    "forum/views/drafts.py": "a member's own draft, by id",
}


def _query_layer_modules() -> Iterator[Path]:
    for path in _source_files():
        name, parent = path.name, path.parent.name
        if name.startswith(("views", "consumers")) or parent in {"views", "consumers"} or name == "permissions.py":
            yield path


def test_views_consumers_and_permission_modules_read_through_selectors():
    found = []
    for path in _query_layer_modules():
        relative = str(path.relative_to(ROOT))
        if relative in QUERIES_ALLOWED:
            continue
        tree = ast.parse(path.read_text())
        # Model.objects.none() (a form field's empty starting queryset) runs no query.
        empty = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "none"}
        for node in ast.walk(tree):
            manager = isinstance(node, ast.Attribute) and node.attr in {"objects", "_base_manager", "_default_manager"}
            shortcut = isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"get_object_or_404",
                                                                                        "get_list_or_404"}
            if (manager and id(node) not in empty) or shortcut:
                found.append(f"{relative}:{node.lineno}")
    assert not found, "Move these reads into <app>/selectors (docs/architecture.md):\n" + "\n".join(found)


# Helpers that must stay one: a third-party name only their home module may import, so a second
# hand-written version shows up here (docs/decisions.md).
ONE_HOME: dict[str, str] = {
    "bleach": "forum/sanitize.py",  # all member HTML through the one sanitiser
    "url_has_allowed_host_and_scheme": "accounts/redirects.py",  # the one safe "next" check
}


def _imported_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {part for alias in node.names for part in alias.name.split(".")}
        elif isinstance(node, ast.ImportFrom):
            names |= set((node.module or "").split(".")) | {alias.name for alias in node.names}
    return names


def test_shared_helpers_have_one_home():
    found = []
    for path in _source_files():
        relative = str(path.relative_to(ROOT))
        names = _imported_names(ast.parse(path.read_text()))
        found += [f"{relative} imports {name}" for name, home in ONE_HOME.items() if name in names and relative != home]
    assert not found, "Use the shared helper instead:\n" + "\n".join(found)
