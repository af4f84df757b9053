"""The layers hold: printing and spreadsheets sit on the domain alone. Importing them loads no
database code (no mmdesk.store, no mmdesk.services, no SQLAlchemy), and no module of theirs
imports the store, the services or the window (docs/architecture.md)."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import mmdesk

PACKAGE = Path(mmdesk.__file__).parent
LOWER_LAYERS = ("printing", "spreadsheets")
FORBIDDEN = ("mmdesk.store", "mmdesk.services", "mmdesk.ui", "sqlalchemy")


def modules(layer: str) -> list[str]:
    """Every module of mmdesk.<layer>, the package itself first."""
    found = pkgutil.iter_modules([str(PACKAGE / layer)], prefix=f"mmdesk.{layer}.")
    return [f"mmdesk.{layer}", *sorted(m.name for m in found)]


def loaded_by(names: list[str]) -> dict[str, list[str]]:
    """In a fresh interpreter, import each module in turn; for each, the forbidden modules that
    its import brought in."""
    script = f"""
import importlib, json, sys
forbidden = {FORBIDDEN!r}
def bad():
    return {{m for m in sys.modules if any(m == f or m.startswith(f + ".") for f in forbidden)}}
out = {{}}
for name in {names!r}:
    before = bad()
    importlib.import_module(name)
    out[name] = sorted(bad() - before)
print(json.dumps(out))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=PACKAGE.parent)
    return json.loads(done.stdout.splitlines()[-1])


def test_printing_documents_loads_no_store_and_no_sqlalchemy() -> None:
    assert loaded_by(["mmdesk.printing.documents"]) == {"mmdesk.printing.documents": []}


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_no_module_of_the_layer_loads_the_store(layer: str) -> None:
    names = modules(layer)
    assert len(names) > 3
    loaded = loaded_by(names)
    assert {name: brought for name, brought in loaded.items() if brought} == {}


def imported_names(source: Path) -> list[tuple[int, str]]:
    """Each module a file imports (at the top or inside a function), with its line."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"), str(source))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module))
            if node.module == "mmdesk":  # from mmdesk import services
                out += [(node.lineno, f"mmdesk.{alias.name}") for alias in node.names]
    return out


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_no_module_of_the_layer_imports_store_services_or_window(layer: str) -> None:
    files = sorted((PACKAGE / layer).glob("*.py"))
    assert len(files) > 3
    wrong = [f"{source.relative_to(PACKAGE.parent)}:{line}: {name}"
             for source in files for line, name in imported_names(source)
             if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)]
    assert wrong == []
