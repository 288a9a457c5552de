"""The code keeps the project's one style: Ruff's lint rules and formatter as configured in
pyproject.toml, a reason beside every `# noqa`, and test modules that share code only through
the support package."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from examples import _catalogue as catalogue

RUFF = Path(sys.executable).with_name(
    "ruff"
)  # the pinned one, in the tools' environment
TESTS = catalogue.ROOT / "tests"
# A noqa comment names its codes, then gives a reason: at least a word after them.
NOQA = re.compile(
    r"#\s*noqa\b(?::\s*[A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*)?(?P<reason>.*)$"
)


def python_files():
    """The project's Python files, as Ruff finds them (it honours .gitignore)."""
    listed = subprocess.run(
        [RUFF, "check", "--show-files", "."],
        cwd=catalogue.ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [
        Path(line)
        for line in listed.stdout.splitlines()
        if line.endswith(".py")
    ]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_ruff_finds_nothing(command):
    result = subprocess.run(
        [RUFF, *command, "--no-cache", "."],
        cwd=catalogue.ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_noqa_gives_its_reason():
    files = python_files()
    assert any(path.name == "_catalogue.py" for path in files), files
    bare = [
        f"{path}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if (m := NOQA.search(line)) and not re.search(r"[a-z]{3}", m["reason"])
    ]
    assert not bare, "a `# noqa` without a reason:\n" + "\n".join(bare)


@pytest.mark.parametrize(
    "module", sorted(TESTS.glob("test_*.py")), ids=lambda p: p.name
)
def test_no_test_module_imports_another(module):
    tree = ast.parse(module.read_text("utf-8"))
    imported = [
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
        )
    ]
    tests = [
        name for name in imported if name.split(".")[0].startswith("test_")
    ]
    assert not tests, (
        f"{module.name} imports test modules {tests}; share code in tests/support"
    )
