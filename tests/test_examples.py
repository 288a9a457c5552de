"""Every example, run as a reader runs it, does what is recorded for it.

Each run adds evidence, and none is repeated. On every interpreter of the matrix, the run
with no start method set (the interpreter's default, as a reader runs it) is the page's own
block (conftest.py: every Python block on a page is one example file, checked by
`check_example`). Where the start method matters (catalogue.start_method_matters), the
file, copied alone into an empty folder, also runs under each start method the
interpreter does not default to. Where it cannot matter because the program starts no
process, the run checks that it never imported multiprocessing; where the program names
the method of every process it starts, its code shows that (read by the catalogue). On
the tools' Python the run under spawn is a run of the module of the package, `python -m
examples.NAME`, instead of the copy, for every example where a child (a process, a
subinterpreter) imports the program again: by its module name rather than from its file.
"""

import os
import tomllib

import pytest

from examples import _catalogue as catalogue
from support.runs import (
    LABEL,
    START_METHODS,
    check_example,
    expectation_for,
    stdout_mismatch,
)

DEFAULT = catalogue.DEFAULT_START_METHOD[LABEL]
TOOLS_PYTHON = "EXAMPLE_PYTHON" not in os.environ
# On the tools' Python, spawn runs the module form, which covers what a copy under spawn
# would: the copy's re-import from its file is checked under the fork server, and `make
# matrix` runs copies under spawn on every other interpreter.
COPY_METHODS = [
    method
    for method in START_METHODS
    if method != DEFAULT and not (TOOLS_PYTHON and method == "spawn")
]
RUNS = [
    (name, "copy", method)
    for name in catalogue.example_names()
    if catalogue.start_method_matters(name)
    for method in COPY_METHODS
]
if TOOLS_PYTHON:
    RUNS += [
        (name, "module", "spawn")
        for name in catalogue.example_names()
        if catalogue.imports_its_main_again(name)
    ]
# The project's one line length (Ruff's), which is also what a page's code block shows
# without scrolling sideways.
MAX_LINE = tomllib.loads(
    (catalogue.ROOT / "pyproject.toml").read_text("utf-8")
)["tool"]["ruff"]["line-length"]


@pytest.mark.interpreter
@pytest.mark.parametrize(
    ("name", "form", "start_method"), RUNS, ids=["-".join(run) for run in RUNS]
)
def test_example_runs_as_recorded(name, form, start_method):
    check_example(name, start_method=start_method, form=form)


@pytest.mark.parametrize(
    "source",
    [
        "import multiprocessing\nmultiprocessing.Process(target=print).start()",
        "from multiprocessing import Pool",
        "import multiprocessing.pool",
        "import multiprocessing\nmultiprocessing.get_context().Process()",
        "from concurrent.futures import ProcessPoolExecutor\nProcessPoolExecutor(2)",
        "import concurrent.futures\nconcurrent.futures.ProcessPoolExecutor()",
        "import multiprocessing\nmultiprocessing.set_start_method('spawn')",
        "import multiprocessing as mp\nmp.Process(target=print).start()",
        "from multiprocessing import get_context as choose\nchoose().Process()",
        "from concurrent.futures import ProcessPoolExecutor as Pool\nPool()",
        "import functools, concurrent.futures as cf\n"
        "functools.partial(cf.ProcessPoolExecutor, 2)(mp_context=None)",
        "from concurrent.futures import ProcessPoolExecutor\n"
        "ProcessPoolExecutor(2, mp_context=None)",
        "import multiprocessing\nmultiprocessing.get_context(None).Process()",
        "import multiprocessing\nmultiprocessing.get_context(method=None).Queue()",
        "import subprocess",  # the other Python's code is a string, unread
        "import tqdm",  # a library may start processes by the default
    ],
)
def test_a_program_that_may_use_the_default_start_method_is_run_under_each(
    source,
):
    assert catalogue.uses_the_default_start_method(source)


def test_a_program_that_names_every_start_method_is_not_run_under_each():
    source = (
        "import multiprocessing\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "spawn = multiprocessing.get_context('spawn')\n"
        "spawn.Process(target=print, args=(multiprocessing.cpu_count(),))\n"
        "for method in ('fork', 'forkserver'):\n"
        "    multiprocessing.get_context(method).Queue()\n"
        "ProcessPoolExecutor(2, mp_context=spawn)\n"
    )
    assert not catalogue.uses_the_default_start_method(source)
    assert not catalogue.start_method_matters("process_pool_executor")
    assert catalogue.start_method_matters("process_pool_broken")


@pytest.mark.parametrize(
    "name",
    [n for n in catalogue.example_names() if not catalogue.fails_somewhere(n)],
)
def test_example_has_main_behind_the_guard(name):
    """Examples that show a failure may break the rule on purpose."""
    source = catalogue.source_path(name).read_text("utf-8")
    assert "\ndef main():\n" in source, f"{name} has no main()"
    # A program ready to be frozen calls freeze_support() first (the docs).
    assert source.endswith('\n\nif __name__ == "__main__":\n    main()\n') or (
        source.endswith(
            '\n\nif __name__ == "__main__":\n'
            "    multiprocessing.freeze_support()\n    main()\n"
        )
    ), f"{name} does not end with the guard"


@pytest.mark.parametrize("name", catalogue.example_names())
def test_example_lines_fit_the_page(name):
    lines = catalogue.source_path(name).read_text("utf-8").splitlines()
    long = [n for n, line in enumerate(lines, 1) if len(line) > MAX_LINE]
    assert not long, (
        f"{name}: lines {long} are longer than {MAX_LINE} characters"
    )


@pytest.mark.parametrize("label", catalogue.VERSIONS)
@pytest.mark.parametrize("name", catalogue.example_names())
def test_recorded_output_matches_the_declarations(name, label):
    if catalogue.version(label) < catalogue.oldest_version(name):
        pytest.skip(f"{name} needs a newer Python than {label}")
    for method in START_METHODS:
        recorded = catalogue.stdout_file(name, method, label)
        assert recorded, (
            f"no recorded stdout for {name} on {label} under {method}"
        )
        mismatch = stdout_mismatch(
            recorded.read_text("utf-8"), expectation_for(name, method, label)
        )
        assert not mismatch, (
            f"the recorded stdout of {name} does not fit its pattern: {mismatch}"
        )
        if failure := catalogue.declared_failure(name, method, label):
            stderr = catalogue.stderr_file(name, method, label)
            assert stderr, (
                f"no recorded stderr for {name} on {label} under {method}"
            )
            for line in failure["stderr_includes"]:
                assert line in stderr.read_text("utf-8"), (
                    f"{stderr.name} lacks the declared {line!r}"
                )


def test_every_recorded_output_is_used():
    """A tagged file that no interpreter of the matrix would pick is stale."""
    used = {
        path.name
        for name in catalogue.example_names()
        for label in catalogue.VERSIONS
        for method in START_METHODS
        for path in (
            catalogue.stdout_file(name, method, label),
            catalogue.stderr_file(name, method, label),
            catalogue.pattern_file(name, label),
        )
        if path
    }
    unused = sorted(
        p.name for p in catalogue.OUTPUT.iterdir() if p.name not in used
    )
    assert not unused, (
        f"recorded outputs that no run of the matrix uses: {unused}"
    )


def test_tags_name_interpreters_of_the_matrix():
    known = {
        tag for label in catalogue.VERSIONS for tag in catalogue.tags(label)
    }
    for path in catalogue.OUTPUT.iterdir():
        parts = path.name.split(".")[1:-1]
        assert not [
            p for p in parts if p.startswith("py") and p not in known
        ], f"{path.name}: unknown tag"


def test_no_recorded_output_without_an_example():
    names = set(catalogue.example_names())
    orphans = [
        p.name
        for p in catalogue.OUTPUT.iterdir()
        if p.name.split(".")[0] not in names
    ]
    assert not orphans, (
        f"recorded output for examples that do not exist: {orphans}"
    )


def test_requirements_name_existing_examples():
    declared = tomllib.loads(catalogue.REQUIREMENTS.read_text("utf-8"))
    stale = sorted(set(declared) - set(catalogue.example_names()))
    assert not stale, (
        f"examples/requirements.toml declares examples that do not exist: {stale}"
    )
