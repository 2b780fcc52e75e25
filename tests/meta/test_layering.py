"""The pipeline layering rule: a module imports only from its own stage or stages to its left."""

from __future__ import annotations

import ast
from pathlib import Path

import marsad

SRC = Path(marsad.__file__).parent

BASE = {"model", "vocab", "errors", "config", "registry"}
RANK: dict[str, int] = {
    **dict.fromkeys(BASE, 0),
    "text": 1,
    "sources": 2,
    "documents": 3,
    "extract": 4,
    "resolve": 5,
    "pipeline": 6,
    "store": 7,
    "analyze": 8,
    "export": 8,
    "distributed": 8,
    "jobs": 9,
    "api": 10,
    "web": 10,
    "reports": 10,
    "cli": 11,
}
EXEMPT = {"__init__", "__main__", "plugins", "data"}


def stage_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("marsad")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("marsad"):
            found.append(node.module)
    return found


def test_every_stage_is_known() -> None:
    stages = {
        p.stem if p.is_file() else p.name
        for p in SRC.iterdir()
        if (p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists()))
    }
    unknown = stages - set(RANK) - EXEMPT
    assert not unknown, f"new stage(s) {unknown}: give them a rank in this test and in DESIGN docs"


def test_modules_import_only_from_their_stage_or_to_the_left() -> None:
    violations = []
    for path in sorted(SRC.rglob("*.py")):
        module = "marsad." + ".".join(path.relative_to(SRC).with_suffix("").parts)
        own = stage_of(module)
        if own in EXEMPT or own not in RANK:
            continue
        for target in imports_of(path):
            other = stage_of(target)
            if other in EXEMPT and other != "__init__":
                violations.append(f"{module} imports {target} (exempt module)")
                continue
            if other == "__init__" or other == own:
                continue
            same_level_other_stage = RANK[other] == RANK[own] and not (own in BASE and other in BASE)
            if RANK[other] > RANK[own] or same_level_other_stage:
                violations.append(f"{module} ({own}) imports {target} ({other})")
    assert not violations, "\n".join(violations)


def test_layering_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from marsad.store.store import Store\nimport marsad.cli.app\n", "utf-8")
    targets = imports_of(bad)
    assert targets == ["marsad.store.store", "marsad.cli.app"]
    assert RANK[stage_of(targets[0])] > RANK["extract"]
