"""Run a program as a reader runs it, and judge the run: the one path every test that runs
an example takes (`check_example`).

A run is its own process group with a marker in its environment, so every process it
starts (the forkserver, the resource tracker, workers) can be found and killed afterwards,
whether it ended, timed out, or the test was interrupted.
"""

import contextlib
import functools
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from examples import _catalogue as catalogue
from support import pythons

ROOT = catalogue.ROOT
START_METHODS = tuple(catalogue.available_start_methods())
# The interpreter that runs the examples; `make matrix` sets it to each CPython of the matrix.
PYTHON = os.environ.get("EXAMPLE_PYTHON", sys.executable)
LABEL = pythons.label_of(
    PYTHON
)  # "3.14", or "3.13t" for a free-threaded build
MARKER = "VERIFIED_GUIDE_RUN"
RUN_TIMEOUT = 30  # seconds for one program, killed with its whole process tree after that
EXIT_GRACE = 5  # seconds for helper processes to exit after the program has
# How a run starts an example: "copy", the file alone in an empty folder as a reader who
# downloads it has it (`python examples/NAME.py`); "module", `python -m examples.NAME`
# from the project, where Python finds the program by its module name (spawn and the fork
# server then re-import it by that name, not from a file).
FORMS = ("copy", "module")


def let_children_take_ctrl_c():
    """Give the programs this process starts a live Ctrl-C, as a reader's terminal does.

    A shell starts background jobs with SIGINT ignored, and an ignored signal stays ignored
    across exec, so examples that show Ctrl-C would get no KeyboardInterrupt. A handled
    signal is reset to the default at exec. Called by the test session and the recorder at
    start, never on import.
    """
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@dataclass(frozen=True)
class Run:
    """What one run of a program did."""

    command: str
    python: str
    start_method: str
    returncode: int | None  # None: still running when killed at the timeout
    stdout: str
    stderr: str
    timed_out: bool
    leftovers: tuple[
        str, ...
    ]  # processes of the run still alive after it ended


@dataclass(frozen=True)
class Expectation:
    """What a run must do: exit code, stdout, required stderr lines.

    stdout is compared exactly; where it truly varies (timings), `stdout_pattern` holds one
    regular expression per line instead. With neither, stdout is not checked.
    """

    exit_code: int = 0
    stdout: str | None = None
    stdout_pattern: tuple[str, ...] | None = None
    stderr_includes: tuple[str, ...] = ()  # empty: stderr must be empty


def check_example(name, python=PYTHON, start_method=None, form="copy"):
    """Run example `name` on `python` under `start_method` (None: the interpreter's own
    default) in `form`, and fail the calling test unless the run does what is recorded
    for it; skip, with the reason, where the example declares a need `python` lacks."""
    if name is None:
        raise AssertionError(
            "a Python block on a page must be one include of a whole example file"
        )
    if reason := unmet_requirement(name, python):
        pytest.skip(reason)
    run = run_example(name, python, start_method, form)
    found = problems(
        run, expectation_for(name, start_method, pythons.label_of(python))
    )
    assert not found, "\n".join([f"example {name!r}:", *found])


def run_example(name, python=PYTHON, start_method=None, form="copy"):
    """Run example `name` on `python` under `start_method` in `form` (see FORMS)."""
    with tempfile.TemporaryDirectory() as folder:
        args, cwd = _command(name, form, Path(folder))
        return run_program(
            args,
            start_method,
            cwd,
            python=python,
            starts_no_process=not catalogue.imports_its_main_again(name),
        )


def _command(name, form, folder):
    """The arguments and working folder of a run of `name` in `form`."""
    if form not in FORMS:
        raise ValueError(f"form {form!r}: choose from {FORMS}")
    if form == "module":
        return ["-m", f"examples.{name}"], ROOT
    copy = folder / "examples" / f"{name}.py"
    copy.parent.mkdir()
    shutil.copyfile(catalogue.source_path(name), copy)
    return [f"examples/{name}.py"], folder


def expectation_for(name, start_method, label=LABEL, check_stdout=True):
    """What a run of example `name` on `label` under `start_method` must do; start method
    None is the interpreter's default, as catalogue.DEFAULT_START_METHOD declares it."""
    start_method = start_method or catalogue.DEFAULT_START_METHOD[label]
    pattern = catalogue.pattern_file(name, label)
    stdout, stdout_pattern = None, None
    if check_stdout and pattern:
        stdout_pattern = tuple(pattern.read_text("utf-8").splitlines())
    elif check_stdout:
        stdout = catalogue.stdout_file(name, start_method, label).read_text(
            "utf-8"
        )
    failure = catalogue.declared_failure(name, start_method, label) or {}
    return Expectation(
        exit_code=failure.get("exit_code", 0),
        stdout=stdout,
        stdout_pattern=stdout_pattern,
        stderr_includes=tuple(failure.get("stderr_includes", ())),
    )


def unmet_requirement(
    name, python=PYTHON, declarations=catalogue.REQUIREMENTS
):
    """Why example `name` cannot run on `python`, as examples/requirements.toml declares, or None."""
    needs = catalogue.requirements(name, declarations)
    if not needs:
        return None
    version, missing = _interpreter_facts(
        python, tuple(needs.get("modules", ()))
    )
    oldest = catalogue.oldest_version(name, declarations)
    if version < oldest:
        return f"{name} needs Python {'.'.join(map(str, oldest))} or newer; {python} is {'.'.join(map(str, version))}"
    if missing:
        return f"{name} needs {', '.join(missing)}, which {python} cannot import: {needs.get('install', '')}"
    return None


@functools.cache
def _interpreter_facts(python, modules):
    """((major, minor), modules it cannot import) of an interpreter."""
    code = (
        "import importlib.util, sys; print(*sys.version_info[:2]);"
        "print(*[m for m in sys.argv[1:] if importlib.util.find_spec(m) is None])"
    )
    lines = subprocess.run(
        [python, "-c", code, *modules],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    version, missing = lines.split("\n")[:2]
    return tuple(map(int, version.split())), missing.split()


def stdout_mismatch(stdout, expected):
    """Why `stdout` does not fit `expected`, or None when it does."""
    if expected.stdout_pattern is not None:
        lines = stdout.splitlines()
        if len(lines) != len(expected.stdout_pattern):
            return f"{len(lines)} lines, the pattern has {len(expected.stdout_pattern)}"
        for number, (line, pattern) in enumerate(
            zip(lines, expected.stdout_pattern, strict=True), 1
        ):
            if not re.fullmatch(pattern, line):
                return f"line {number} {line!r} does not match {pattern!r}"
        return None
    if expected.stdout is not None and stdout != expected.stdout:
        return f"expected\n{expected.stdout}--- got\n{stdout}---"
    return None


def run_program(
    args,
    start_method,
    cwd,
    timeout=RUN_TIMEOUT,
    python=PYTHON,
    starts_no_process=False,
):
    """Run `python *args` in `cwd` under `start_method` (None: the interpreter's default);
    kill its whole tree on timeout, and whatever of it is left if the caller is interrupted.
    `starts_no_process`: a run that imports multiprocessing says so on stderr."""
    marker = uuid.uuid4().hex
    env = catalogue.run_environment(
        start_method, {**os.environ, MARKER: marker}, starts_no_process
    )
    command = " ".join([Path(python).name, *map(str, args)])
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # Files, not pipes: a leaked child holding a pipe open must not hide the exit.
        proc = subprocess.Popen(
            [python, *map(str, args)],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        timed_out, finished = False, False
        try:
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
                _kill(proc.pid, marker)
                proc.wait()
            leftovers = _wait_for_marked(marker, EXIT_GRACE)
            finished = True
        finally:
            if not finished or leftovers:
                _kill(proc.pid, marker)
        stdout, stderr = (_read(f) for f in (out, err))
    return Run(
        command=command,
        python=str(python),
        start_method=start_method
        or f"the default ({catalogue.DEFAULT_START_METHOD[pythons.label_of(python)]})",
        returncode=None if timed_out else proc.returncode,
        stdout=_normalise(stdout, cwd, python),
        stderr=_normalise(stderr, cwd, python),
        timed_out=timed_out,
        leftovers=leftovers,
    )


def problems(run, expected):
    """Every way `run` differs from `expected`, as readable lines; empty when it passes."""
    where = f"`{run.command}` on {pythons.label_of(run.python)} under {run.start_method}"
    found = []
    if run.timed_out:
        found.append(
            f"{where} did not finish within its timeout; its process tree was killed"
        )
    elif run.returncode != expected.exit_code:
        found.append(
            f"{where} exited with {run.returncode}, expected {expected.exit_code}"
        )
    if run.leftovers:
        found.append(
            f"{where} left processes alive: {'; '.join(run.leftovers)}"
        )
    mismatch = stdout_mismatch(run.stdout, expected)
    if mismatch:
        found.append(f"{where} printed a different stdout: {mismatch}")
    if not expected.stderr_includes and run.stderr:
        found.append(f"{where} wrote to stderr:\n{run.stderr}")
    missing = [
        line for line in expected.stderr_includes if line not in run.stderr
    ]
    if missing:
        found.append(
            f"{where} stderr lacks {missing!r}; it was:\n{run.stderr}"
        )
    return found


def _read(file):
    file.seek(0)
    return file.read().decode("utf-8", errors="replace")


def _normalise(text, cwd, python):
    """Paths made machine-independent: relative to the run's directory, `<stdlib>` for Python's."""
    text = text.replace(f"{Path(cwd).resolve()}{os.sep}", "")
    return text.replace(_stdlib(python), "<stdlib>")


@functools.cache
def _stdlib(python):
    if python == sys.executable:
        return sysconfig.get_paths()["stdlib"]
    code = "import sysconfig; print(sysconfig.get_paths()['stdlib'])"
    return subprocess.run(
        [python, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def _marked_processes(marker):
    """`pid cmdline` of every live process whose environment carries the marker."""
    needle = f"{MARKER}={marker}".encode()
    found = []
    for proc_dir in Path("/proc").glob("[0-9]*"):
        try:
            if needle not in (proc_dir / "environ").read_bytes().split(b"\0"):
                continue
            cmdline = (
                (proc_dir / "cmdline")
                .read_bytes()
                .replace(b"\0", b" ")
                .decode()
            )
        except (
            OSError
        ):  # the process ended while we looked, or is not ours to read
            continue
        if cmdline:  # zombies have an empty command line
            found.append(f"{proc_dir.name} {cmdline.strip()}")
    return found


def _wait_for_marked(marker, grace):
    deadline = time.monotonic() + grace
    while (alive := _marked_processes(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return tuple(alive)


def _kill(pgid, marker):
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    for line in _marked_processes(marker):
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(line.split()[0]), signal.SIGKILL)
    _wait_for_marked(marker, EXIT_GRACE)  # SIGKILL is not instant
