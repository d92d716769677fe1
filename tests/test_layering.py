"""The rooms of the package and the way imports may run between them (ARCHITECTURE.md): a room imports only
from rooms on lower layers; rooms on one layer do not import each other; no module imports a module that
imports it back; pack files are read only through lang/registry; no `_`-prefixed name is imported from another
module. Every import counts, those inside functions too."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# Lowest first. A room is a subpackage of sitreps or a top-level module.
LAYERS: list[set[str]] = [
    {"errors", "config", "params"},  # leaves: error types, paths and settings, option parsers
    {"limits", "lang", "extras"},  # bounds on input; language packs and their registry; optional parts
    {"countries", "nlp"},  # country names and codes; sentences, word matching, numbers, dates, attribution
    {"documents", "places"},  # reading inputs into Documents; the gazetteer and place resolution
    {"events"},  # the event model and the rules that build events from a document's facts
    {"pipeline", "store"},  # document -> events; the event store
    {"ingest", "export", "brief", "control"},  # read -> extract -> store; stored events -> files, briefs, control
    {"scale", "monitor", "api"},  # the Dask job; the feed watcher; the Python API
    {"eval", "web"},  # measuring; the HTTP API and page
    {"doctor"},  # checks the machine, the store and the web assets
    {"cli", "__init__"},  # the commands; the package's public face
    {"__main__"},  # python -m sitreps
]
RANK = {room: i for i, layer in enumerate(LAYERS) for room in layer}
# Finer rules inside the layers: (importer's module prefix, forbidden module prefix, why)
FORBIDDEN = [
    ("sitreps.store", "sitreps.documents.readers", "the store sits below reading: it takes Documents"),
    ("sitreps.store", "sitreps.documents.fetch", "the store sits below reading: it takes Documents"),
    ("sitreps.documents.feeds", "sitreps.documents.readers", "readers use feeds, not the other way"),
]


def _modules() -> dict[str, Path]:
    found = {}
    for path in (SRC / "sitreps").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _typing_only(tree: ast.Module) -> set[int]:
    """Lines of imports under `if TYPE_CHECKING:` (they count for the layers, not as cycles)."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            lines |= {n.lineno for stmt in node.body for n in ast.walk(stmt) if isinstance(n, ast.stmt)}
    return lines


def _imports(path: Path, module: str, known: set[str]) -> list[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every sitreps import in the file; the line is negative
    for an import made only for the type checker."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out: list[tuple[str, list[str], int]] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = _typing_only(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, [], node.lineno) for a in node.names if a.name.startswith("sitreps")]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            if not base.startswith("sitreps"):
                continue
            line = -node.lineno if node.lineno in typing_only else node.lineno
            names = [a.name for a in node.names]
            submodules = [f"{base}.{n}" for n in names if f"{base}.{n}" in known]
            if submodules:  # from sitreps.export import parquet: the module parquet
                out += [(m, [], line) for m in submodules]
                names = [n for n in names if f"{base}.{n}" not in known]
            if names:
                out.append((base, names, line))
    return out


def _graph() -> tuple[dict[str, list[tuple[str, list[str], int]]], dict[str, Path]]:
    modules = _modules()
    return {m: _imports(p, m, set(modules)) for m, p in modules.items()}, modules


def test_every_room_has_a_layer() -> None:
    rooms = {_room(m) for m in _modules()}
    assert rooms <= set(RANK), f"rooms without a layer (add them to LAYERS and ARCHITECTURE.md): {rooms - set(RANK)}"


def test_imports_run_down_the_layers() -> None:
    graph, _ = _graph()
    wrong = []
    for module, imports in graph.items():
        here = _room(module)
        for target, names, line in imports:
            there = _room(target)
            for prefix, forbidden, why in FORBIDDEN:
                if module.startswith(prefix) and target.startswith(forbidden):
                    wrong.append(f"{module}:{abs(line)} imports {target}: {why}")
            if there == here or (there == "__init__" and names == ["__version__"]):
                continue
            if RANK[there] >= RANK[here]:
                how = "a room on the same layer" if RANK[there] == RANK[here] else "a higher room"
                wrong.append(f"{module}:{abs(line)} imports {target} ({how}: {here} -> {there})")
    assert not wrong, "imports against the layering (ARCHITECTURE.md):\n" + "\n".join(wrong)


def test_no_module_imports_one_that_imports_it_back() -> None:
    graph, modules = _graph()
    edges: dict[str, set[str]] = defaultdict(set)
    for module, imports in graph.items():
        for target, _, line in imports:
            if line < 0:
                continue
            while target not in modules and "." in target:
                target = target.rsplit(".", 1)[0]
            if target != module and not module.startswith(target + "."):  # a package's own __init__ is fine
                edges[module].add(target)
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for m in sorted(modules):
        if m not in state:
            visit(m, [m])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_pack_files_are_read_through_the_registry_and_no_private_name_crosses_modules() -> None:
    graph, _ = _graph()
    wrong = []
    for module, imports in graph.items():
        for target, names, line in imports:
            if "PACKS_DIR" in names and _room(module) != "lang":
                wrong.append(f"{module}:{line} takes PACKS_DIR: read pack files through lang/registry")
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private and target != module:
                wrong.append(f"{module}:{line} imports {', '.join(private)} from {target}: make it public or move it")
    assert not wrong, "\n".join(wrong)


def test_architecture_md_names_every_room() -> None:
    text = (SRC.parent / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [r for r in RANK if f"`{r}/`" not in text and f"`{r}.py`" not in text]
    assert not missing, f"rooms ARCHITECTURE.md does not describe: {missing}"
