"""`python -m examples` lists the examples, runs one as the tests do, and refuses bad input in one line.

Run from the repository root (on the matrix's interpreters nothing of the project is
installed; the tools' .venv has it, editable, for the MkDocs hooks), and from an editable
install of a copy of the project in a fresh virtual environment.
"""

import ast
import os
import re
import signal
import subprocess
import sys
import sysconfig

import pytest

from examples import _catalogue as catalogue
from support import page_source
from support.runs import (
    PYTHON,
    START_METHODS,
    expectation_for,
    problems,
    run_program,
)
from support.site import DOCS, PAGES, copy_project

ROOT = catalogue.ROOT
# Every test here runs the command on the interpreter under test.
pytestmark = pytest.mark.interpreter

# Each shows something the CLI must pass through: output that differs per start method,
# declared failures that write to stderr, and a SIGINT (Ctrl-C) that must reach the example.
RUN_EXAMPLES = [
    "process_lambda_target",
    "process_no_guard",
    "thread_exception_broken",
    "mp_pool_ctrl_c",
    "thread_ctrl_c",
]
# The CLI with one start method missing from the platform, as on Windows (spawn only).
SPAWN_ONLY = (
    "import multiprocessing, runpy; multiprocessing.get_all_start_methods = lambda: ['spawn'];"
    "runpy.run_module('examples', run_name='__main__', alter_sys=True)"
)
BAD_INPUTS = {  # arguments, how the CLI is started, the choices the error line must name
    "unknown example": (
        ["run", "no_such_example"],
        ["-m", "examples"],
        catalogue.example_names(),
    ),
    "misspelt example": (
        ["run", "helo_thread"],
        ["-m", "examples"],
        catalogue.example_names(),
    ),
    "unknown start method": (
        ["run", "hello_thread", "--start-method", "thread"],
        ["-m", "examples"],
        START_METHODS,
    ),
    "unavailable start method": (
        ["run", "hello_thread", "--start-method", "fork"],
        ["-c", SPAWN_ONLY],
        ["spawn"],
    ),
    "unknown command": (["frobnicate"], ["-m", "examples"], ["list", "run"]),
    "no command": ([], ["-m", "examples"], ["list", "run"]),
}


def cli(args, cwd=ROOT, python=PYTHON, start=("-m", "examples")):
    return subprocess.run(
        [python, *start, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def expected_rows():
    """What `list` must say of each example: its pages, found from the pages' includes, and the
    first line of its docstring ("-" without one)."""
    pages = {}
    for page in PAGES:
        for target in page_source.include_targets(
            (DOCS / page).read_text("utf-8")
        ):
            pages.setdefault(target.split(":")[0], []).append(f"docs/{page}")
    rows = {}
    for name in catalogue.example_names():
        docstring = ast.get_docstring(
            ast.parse(catalogue.source_path(name).read_text("utf-8"))
        )
        where = ", ".join(
            dict.fromkeys(pages.get(f"examples/{name}.py", ["-"]))
        )
        rows[name] = [
            name,
            where,
            docstring.splitlines()[0] if docstring else "-",
        ]
    return rows


def listed_rows(stdout):
    """`list`'s table, header dropped, as {name: [name, pages, summary]}."""
    lines = stdout.splitlines()
    assert re.split(r"\s{2,}", lines[0].strip()) == [
        "example",
        "page",
        "summary",
    ], lines[0]
    return {
        line.split()[0]: re.split(r"\s{2,}", line.strip(), maxsplit=2)
        for line in lines[1:]
    }


def test_list_shows_every_example_with_its_page_and_summary():
    result = cli(["list"])
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert listed_rows(result.stdout) == expected_rows()


@pytest.mark.parametrize("start_method", START_METHODS)
@pytest.mark.parametrize("name", RUN_EXAMPLES)
def test_run_prints_the_recorded_output_and_exits_as_declared(
    name, start_method
):
    # The harness also sets the start method of the command itself; give it another one, so
    # that only --start-method can account for what the example prints.
    decoy = START_METHODS[
        (START_METHODS.index(start_method) + 1) % len(START_METHODS)
    ]
    run = run_program(
        ["-m", "examples", "run", name, "--start-method", start_method],
        decoy,
        cwd=ROOT,
    )
    found = problems(run, expectation_for(name, start_method))
    assert not found, "\n".join(
        [f"run {name} --start-method {start_method}:", *found]
    )


def test_run_exits_with_the_example_s_exit_status(tmp_path):
    """No example exits non-zero, so a copy of the package gets two that do."""
    package = copy_project(tmp_path, ["examples"]) / "examples"
    (package / "exits_with_3.py").write_text("raise SystemExit(3)\n", "utf-8")
    (package / "killed.py").write_text(
        "import os, signal\nos.kill(os.getpid(), signal.SIGTERM)\n", "utf-8"
    )
    assert cli(["run", "exits_with_3"], cwd=tmp_path).returncode == 3
    assert (
        cli(["run", "killed"], cwd=tmp_path).returncode == 128 + signal.SIGTERM
    )  # as a shell reports it


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_gets_one_line_naming_the_choices_and_status_2(case):
    args, start, choices = BAD_INPUTS[case]
    result = cli(args, start=start)
    assert result.returncode == 2, result
    assert result.stdout == "" and "Traceback" not in result.stderr, (
        result.stderr
    )
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("python -m examples"), (
        result.stderr
    )
    missing = [
        choice
        for choice in choices
        if not re.search(rf"\b{choice}\b", lines[0])
    ]
    assert not missing, (
        f"{case}: the error does not name {missing}: {lines[0]}"
    )


@pytest.mark.parametrize(
    "args", [["--help"], ["list", "--help"], ["run", "--help"]]
)
def test_help_describes_the_commands(args):
    result = cli(args)
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert result.stdout.startswith("usage: python -m examples")
    wanted = {
        "--help": ["list", "run"],
        "list": ["docstring", "page"],
        "run": ["NAME", "--start-method", "exit status"],
    }
    for word in wanted[args[0]]:
        assert word in result.stdout, (
            f"{' '.join(args)} does not mention {word!r}:\n{result.stdout}"
        )


def test_an_editable_install_runs_from_any_folder(tmp_path):
    """`pip install -e .` of a copy of the project (pip writes into the tree it installs) in a
    new virtual environment, offline: the build uses the locked setuptools of the tools' .venv."""
    source = copy_project(
        tmp_path / "project",
        ["examples", "docs", "pyproject.toml", "README.md"],
    )
    subprocess.run(
        [PYTHON, "-m", "venv", "--without-pip", tmp_path / "venv"],
        check=True,
        timeout=60,
    )
    python = str(tmp_path / "venv" / "bin" / "python")
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "-e",
            source,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "PYTHONPATH": sysconfig.get_paths()["purelib"],
        },  # setuptools, for the build only
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert (
        listed_rows(cli(["list"], cwd=elsewhere, python=python).stdout)
        == expected_rows()
    )
    command = [
        "-m",
        "examples",
        "run",
        "process_lambda_target",
        "--start-method",
        "spawn",
    ]
    found = problems(
        run_program(command, "fork", cwd=elsewhere, python=python),
        expectation_for(command[3], "spawn"),
    )
    assert not found, "\n".join(found)
    assert (
        cli(["run", "nothing"], cwd=elsewhere, python=python).returncode == 2
    )
