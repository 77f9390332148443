"""The import graph keeps the shape docs/architecture.md draws: the contracts in
``pyproject.toml`` ([tool.importlinter]), checked here too so a plain pytest run catches a
violation, not only ``make lint``."""

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent


def lint_imports():
    beside_python = Path(sys.executable).with_name("lint-imports")
    return str(beside_python) if beside_python.exists() else shutil.which("lint-imports")


def test_the_import_contracts_hold():
    result = subprocess.run(
        [lint_imports(), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_imports_inside_functions_are_in_the_graph():
    """The contracts would miss what lazy imports hide if grimp skipped them:
    ``NetworkConfig.ready()`` imports ``network.signals`` inside the method."""
    graph = grimp.build_graph("network", cache_dir=None)
    assert graph.direct_import_exists(importer="network.apps", imported="network.signals")
