"""No import circles in bot/ (nor in the Discord emulator, tests/emulator/): the layers import downwards only, so any
module can be imported on its own.

Two checks. The import graph read from the source (imports under `if TYPE_CHECKING:` do not run and are left
out; imports inside functions are counted, since hiding a circle in a function only delays it) has no cycle.
And in a fresh interpreter each module imports first, alone, with no other bot module loaded before it.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bot"
#: Circles hidden by an import inside a function, left while their owner reshapes the code; each names the
#: edge taken out of the graph. The list only shrinks: an entry whose import is gone fails the test below.
KNOWN_DEFERRED: set[tuple[str, str]] = set()


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _from_base(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The module a `from ... import` names, relative imports resolved against the importing module."""
    base = node.module or ""
    if not node.level:
        return base
    anchor = module.split(".") if is_package else module.split(".")[:-1]
    anchor = anchor[: len(anchor) - (node.level - 1)]
    return ".".join([*anchor, base] if base else anchor)


def _imports(tree: ast.AST, module: str, is_package: bool, modules: set[str]) -> set[str]:
    """The bot modules this module imports when it runs (resolving relative imports and `from pkg import mod`)."""
    found: set[str] = set()
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _from_base(node, module, is_package)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        stack.extend(ast.iter_child_nodes(node))
    # `import a.b.c` also runs a and a.b; keep only bot modules, never the module itself.
    closed = {".".join(name.split(".")[:n]) for name in found for n in range(1, name.count(".") + 2)}
    return {name for name in closed if name in modules and name != module}


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Each module of the package (bot, unless told) and the package's modules it imports at run time."""
    paths = {_module_name(path): path for path in package.rglob("*.py")}
    modules = set(paths)
    return {
        name: _imports(ast.parse(path.read_text(encoding="utf-8")), name, path.name == "__init__.py", modules)
        for name, path in paths.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as [a, b, ..., a], or None. A package importing its own submodules is not a circle."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if node.startswith(target + "."):
                continue  # a submodule importing its parent package: Python runs the parent first anyway
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)) is not None:
            return cycle
    return None


def test_the_import_graph_has_no_circle() -> None:
    graph = import_graph()
    assert "bot.discord_app.client" in graph and "bot.discord_app.serving" in graph["bot.discord_app.client"]
    for source, target in KNOWN_DEFERRED:
        assert target in graph[source], f"{source} no longer imports {target}: delete it from KNOWN_DEFERRED"
        graph[source].discard(target)
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_the_discord_emulator_has_no_import_circle_either() -> None:
    graph = import_graph(ROOT / "tests" / "emulator")
    assert "tests.emulator.core" in graph["tests.emulator.guilds"]  # its layers import downwards, relatively
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


# The bot packages each inner layer may import besides its own (see the README's layer diagram). Nothing inner
# imports the Discord adapter, the command line or storage; storage takes only the answering core's types.
MAY_IMPORT = {
    "bot.knowledge": {"bot.trust"},
    "bot.safety": {"bot.i18n.separable", "bot.i18n.stems"},  # the German separable-verb joiner (bot.safety.german)
    "bot.answering": {"bot.knowledge", "bot.safety"},
    "bot.i18n": {"bot.answering", "bot.knowledge", "bot.safety"},
    "bot.storage": {"bot.answering.answer", "bot.knowledge", "bot.safety"},
}


def layer_violations(graph: dict[str, set[str]]) -> list[str]:
    """Each import of an inner layer that MAY_IMPORT does not allow, as "module -> target"."""
    found = []
    for module, targets in graph.items():
        layer = next((name for name in MAY_IMPORT if module == name or module.startswith(name + ".")), None)
        if layer is None:
            continue
        allowed = {layer, *MAY_IMPORT[layer]}
        for target in targets:
            inside = any(target == a or target.startswith(a + ".") for a in allowed)
            parent = any(a.startswith(target + ".") for a in allowed)  # a package that an allowed module runs
            if not inside and not parent and target != "bot":
                found.append(f"{module} -> {target}")
    return sorted(found)


def test_inner_layers_import_only_the_layers_below() -> None:
    graph = import_graph()
    assert "bot.answering.answer" in graph["bot.storage.store"]  # storage counts the core's Status
    assert layer_violations(graph) == []


def test_the_layer_check_finds_an_upward_import() -> None:
    graph = {
        "bot.answering.engine": {"bot.storage", "bot.knowledge.model"},
        "bot.storage.store": {"bot.answering", "bot.answering.answer", "bot.answering.engine"},
        "bot.knowledge.loader": {"bot", "bot.discord_app.client"},
    }
    assert layer_violations(graph) == [
        "bot.answering.engine -> bot.storage",
        "bot.knowledge.loader -> bot.discord_app.client",
        "bot.storage.store -> bot.answering.engine",
    ]


def test_the_check_finds_a_circle() -> None:
    graph = {"bot.a": {"bot.b"}, "bot.b": {"bot.c"}, "bot.c": {"bot.a"}, "bot": {"bot.a"}}
    assert find_cycle(graph) == ["bot.a", "bot.b", "bot.c", "bot.a"]
    assert find_cycle({"bot.a": {"bot.b"}, "bot.b": set()}) is None


def test_type_checking_imports_are_not_edges() -> None:
    source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bot.x import Y\nfrom bot import z\n"
    assert _imports(ast.parse(source), "bot.w", False, {"bot", "bot.x", "bot.z"}) == {"bot", "bot.z"}


# Run in a fresh interpreter: for each module, forget every bot module, then import that one first.
_EACH_ALONE = """
import importlib, json, sys, traceback
failed = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m == "bot" or m.startswith("bot.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed[name] = traceback.format_exc(limit=3)
print(json.dumps(failed))
"""


def test_each_module_imports_alone_in_a_fresh_interpreter() -> None:
    names = sorted(name for name in import_graph() if name != "bot.__main__")  # that one runs the command line
    run = subprocess.run(
        [sys.executable, "-c", _EACH_ALONE, json.dumps(names)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert json.loads(run.stdout.strip().splitlines()[-1]) == {}
