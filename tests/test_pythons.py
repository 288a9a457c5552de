"""The interpreter under test is the one the run names, and it defaults to the declared start method."""

import subprocess

import pytest

from examples import _catalogue as catalogue
from support import pythons
from support.runs import LABEL, PYTHON


def printed_by(code):
    """What the interpreter under test prints for `python -c code`."""
    done = subprocess.run(
        [PYTHON, "-c", code], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.interpreter
def test_default_start_method_is_the_declared_one():
    """The start-methods page's table says fork up to 3.13 and forkserver from 3.14 on Linux."""
    default = printed_by(
        "import multiprocessing; print(multiprocessing.get_start_method())"
    )
    assert default == catalogue.DEFAULT_START_METHOD[LABEL], (
        f"{PYTHON} ({LABEL}) defaults to {default}"
    )


@pytest.mark.interpreter
def test_free_threaded_build_runs_without_the_gil():
    enabled = printed_by(
        "import sys; print(getattr(sys, '_is_gil_enabled', lambda: True)())"
    )
    assert enabled == str(not catalogue.free_threaded(LABEL)), (
        f"{PYTHON} ({LABEL}): GIL enabled is {enabled}"
    )


def test_labels_describe_and_parse_back():
    for labels in (
        {"3.11", "3.12", "3.13", "3.13t"},
        {"3.14", "3.15"},
        {"3.12", "3.14", "3.13t"},
        {"3.13t"},
    ):
        assert pythons.parse(pythons.describe(labels)) == labels, (
            pythons.describe(labels)
        )


def test_start_methods_page_states_the_declared_defaults():
    """The Linux row of the table on the start-methods page, against catalogue.DEFAULT_START_METHOD."""
    page = (catalogue.DOCS / "processes" / "start-methods.md").read_text(
        "utf-8"
    )
    header = next(
        line for line in page.splitlines() if line.startswith("| platform |")
    )
    row = next(
        line for line in page.splitlines() if line.startswith("| Linux ")
    )
    columns = dict(
        zip(
            header.strip("|").split("|")[1:],
            row.strip("|").split("|")[1:],
            strict=True,
        )
    )
    assert [c.strip() for c in columns] == [
        "Python 3.13 and earlier",
        "Python 3.14 and later",
    ], header
    for label, method in catalogue.DEFAULT_START_METHOD.items():
        cell = list(columns.values())[catalogue.version(label) >= (3, 14)]
        assert cell.strip() == f"*{method}*", (
            f"the page says {cell.strip()} for {label}; declared: {method}"
        )
