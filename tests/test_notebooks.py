"""The notebooks the pages show, executed as Jupyter executes them, print what is recorded.

Each notebook is executed once per test session (shared by the xdist workers) by
`python -m support.notebooks execute`, started as the tests start any program
(support.runs.run_program): its own process group, its whole tree killed at the timeout,
and a failure if any process of it (the kernel, a worker, a fork server) is left. The
kernel is ipykernel on the tools' Python, from a kernel spec written for the run.
"""

import sys
from types import SimpleNamespace

import nbformat
import pytest

from examples import _catalogue as catalogue
from support import notebooks, page_source
from support.runs import run_program
from support.site import DOCS, PAGES, built_once

NAMES = catalogue.notebook_names()
EXECUTE_TIMEOUT = 90  # the kernel's start, and every cell (CELL_TIMEOUT each)


def _execute(name, file):
    """Execute notebook `name` into `file`; the run, as `built_once` wants it."""
    file.parent.mkdir(parents=True, exist_ok=True)
    run = run_program(
        ["-m", "support.notebooks", "execute", name, file],
        None,
        catalogue.ROOT / "tests",
        timeout=EXECUTE_TIMEOUT,
        python=sys.executable,
    )
    problems = [
        f"timed out after {EXECUTE_TIMEOUT} s" if run.timed_out else "",
        *(f"left running: {line}" for line in run.leftovers),
    ]
    return SimpleNamespace(
        returncode=1 if any(problems) else run.returncode,
        stdout=run.stdout,
        stderr=run.stderr + "\n".join(filter(None, problems)),
    )


@pytest.fixture(scope="session")
def executed(tmp_path_factory, worker_id):
    """{name: the notebook as this session executed it}, each executed once."""
    found = {}
    for name in NAMES:
        folder = built_once(
            tmp_path_factory,
            worker_id,
            f"notebook-{name}",
            lambda folder, name=name: _execute(name, folder / "run.ipynb"),
        )
        found[name] = nbformat.read(folder / "run.ipynb", as_version=4)
    return found


def recorded(name):
    return nbformat.read(catalogue.notebook_path(name), as_version=4)


def test_there_are_notebooks():
    assert NAMES, f"no notebook in {catalogue.NOTEBOOKS}"


def test_the_kernel_is_the_tools_python(tmp_path):
    """No kernel spec of the user's or the system's: only the one written for the run."""
    specs = notebooks.kernel_specs(tmp_path)
    assert list(specs.find_kernel_specs()) == [notebooks.KERNEL]
    argv = specs.get_kernel_spec(notebooks.KERNEL).argv
    assert argv[:3] == [sys.executable, "-m", "ipykernel_launcher"]


@pytest.mark.parametrize("name", NAMES)
def test_executing_the_notebook_gives_the_recorded_outputs(name, executed):
    """Exactly, but for the line numbers of the standard library's frames."""
    fresh, old = executed[name], recorded(name)
    version = old.metadata.language_info.version
    if version.split(".")[:2] != list(map(str, sys.version_info[:2])):
        pytest.skip(f"{name} was recorded on Python {version}")
    assert fresh.metadata.language_info.version.startswith(
        f"{sys.version_info.major}.{sys.version_info.minor}."
    ), "the kernel did not run the tools' Python"
    fresh_cells, old_cells = (
        notebooks.code_cells(fresh),
        notebooks.code_cells(old),
    )
    assert [c.source for c in fresh_cells] == [c.source for c in old_cells]
    for number, (new, was) in enumerate(
        zip(fresh_cells, old_cells, strict=True), 1
    ):
        assert new.execution_count == number
        assert notebooks.output_kinds(new) == notebooks.output_kinds(was), (
            f"In [{number}]: other kinds of output than recorded"
        )
        assert notebooks.comparable(
            notebooks.shown(new)
        ) == notebooks.comparable(notebooks.shown(was)), (
            f"In [{number}] printed\n{notebooks.shown(new)}--- recorded\n"
            f"{notebooks.shown(was)}"
        )


@pytest.mark.parametrize("name", NAMES)
def test_only_the_cells_tagged_to_raise_raise(name):
    """nbclient lets a cell tagged `raises-exception` raise; the tag must not hide more."""
    for number, cell in enumerate(notebooks.code_cells(recorded(name)), 1):
        raised = any(o.output_type == "error" for o in cell.outputs)
        tagged = "raises-exception" in cell.metadata.get("tags", [])
        assert raised == tagged, f"In [{number}]: raised {raised}"


@pytest.mark.parametrize("name", NAMES)
def test_what_the_pages_include_is_the_recorded_notebook(name):
    """The files under cells/ are the notebook's code cells and their outputs, all of
    them and nothing else (`python -m support.notebooks record` writes them)."""
    expected = notebooks.views(recorded(name), name)
    folder = catalogue.cell_file(name, 1, "in").parent
    on_disk = {
        path: path.read_text("utf-8") for path in folder.glob(f"{name}.*")
    }
    assert sorted(on_disk) == sorted(expected)
    for path, text in expected.items():
        assert on_disk[path] == text, f"{path.name} is not the notebook's"


@pytest.mark.parametrize("name", NAMES)
def test_a_page_shows_every_cell_in_order(name):
    """Each code cell, then its outputs; that each include shows its file exactly is
    checked on the built site (test_site.py)."""
    wanted = [
        path.relative_to(catalogue.ROOT).as_posix()
        for path in notebooks.views(recorded(name), name)
    ]
    prefix = wanted[0].rsplit("/", 1)[0] + f"/{name}."
    shown = {
        page: [
            target
            for target in page_source.include_targets(
                (DOCS / page).read_text("utf-8"), in_code=True
            )
            if target.startswith(prefix)
        ]
        for page in PAGES
    }
    pages = [page for page, targets in shown.items() if targets]
    assert pages, f"no page shows {name}.ipynb"
    for page in pages:
        assert shown[page] == wanted, f"{page} does not show every cell"


def test_the_notebooks_modules_are_not_examples():
    """Its folder is no package: the catalogue does not count its modules as examples,
    and each is there because a notebook imports it."""
    assert not (catalogue.NOTEBOOKS / "__init__.py").exists()
    modules = sorted(p.stem for p in catalogue.NOTEBOOKS.glob("*.py"))
    assert not set(modules) & set(catalogue.example_names())
    cells = "\n".join(
        cell.source
        for name in NAMES
        for cell in notebooks.code_cells(recorded(name))
    )
    for module in modules:
        assert f"from {module} import" in cells or f"import {module}" in cells
