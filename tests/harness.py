"""Run a program as a reader runs it, under a chosen start method, and judge the run.

A run is its own process group with a marker in its environment, so every process it
starts (the forkserver, the resource tracker, workers) can be found and killed afterwards.
"""

import functools
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path

import pythons

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OUTPUT = EXAMPLES / "output"
FAILURES = EXAMPLES / "failures.toml"
REQUIREMENTS = EXAMPLES / "requirements.toml"
# A sitecustomize that sets the start method; `python -m examples run` uses it too.
START_METHOD_HOOK = EXAMPLES / "_start_method"
START_METHODS = tuple(
    m for m in ("fork", "spawn", "forkserver") if m in multiprocessing.get_all_start_methods()
)
# The interpreter that runs the examples; `make matrix` sets it to each supported CPython.
PYTHON = os.environ.get("EXAMPLE_PYTHON", sys.executable)
LABEL = pythons.label_of(PYTHON)  # "3.14", or "3.13t" for a free-threaded build
MARKER = "VERIFIED_GUIDE_RUN"

# A shell starts background jobs with SIGINT ignored, and an ignored signal stays ignored
# across exec, so examples that show Ctrl-C would get no KeyboardInterrupt. A handled signal
# is reset to the default at exec: handling it here gives every run the reader's terminal case.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
RUN_TIMEOUT = 30  # seconds for one program, killed with its whole process tree after that
EXIT_GRACE = 5  # seconds for helper processes to exit after the program has


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
    leftovers: tuple[str, ...]  # processes of the run still alive after it ended


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


def example_names():
    """Every example module in examples/, by name."""
    return sorted(p.stem for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


def tags(label):
    """The output tags that apply to interpreter `label`, most specific first, "" last.

    A tag names the oldest version it holds for, as FastAPI's `_py310` files do: an output
    tagged `py314` holds for 3.14 and later, until a later tag; `py313t` holds for the
    free-threaded 3.13 only. Untagged output holds for every version without a tag of its own.
    """
    gil = [v for v in pythons.MATRIX if not pythons.free_threaded(v)]
    own = label.removesuffix("t")
    chain = [pythons.tag(v) for v in reversed(gil) if pythons.version(v) <= pythons.version(own)]
    if pythons.free_threaded(label):
        chain.insert(0, pythons.tag(label))
    return [*chain, ""]


def output_path(name, kind, tag="", start_method=None):
    """Where an output of `kind` ("txt", "stderr.txt", "re") is recorded for a tag and method."""
    return OUTPUT / ".".join(part for part in (name, tag, start_method, kind) if part)


def recorded(name, kinds, start_method, label):
    """The recorded file that holds for a run of `name` on `label` under `start_method`: the
    most specific tag first; at each tag, each of `kinds` in order, per method before shared."""
    for tag in tags(label):
        for kind in kinds:
            for method in (start_method, None):
                if (path := output_path(name, kind, tag, method)).exists():
                    return path
    return None


def stdout_file(name, start_method, label=None):
    """The recorded stdout of a run of an example (None when there is none)."""
    return recorded(name, ["txt"], start_method, label or LABEL)


def pattern_file(name, label=None):
    """The shape of an example's stdout where it varies, one regular expression per line, or None."""
    path = recorded(name, ["re", "txt"], None, label or LABEL)
    return path if path and path.suffix == ".re" else None


def stderr_file(name, start_method, label=None):
    """The recorded stderr of an example declared to fail under a start method."""
    return recorded(name, ["stderr.txt"], start_method, label or LABEL)


def stdout_mismatch(stdout, expected):
    """Why `stdout` does not fit `expected`, or None when it does."""
    if expected.stdout_pattern is not None:
        lines = stdout.splitlines()
        if len(lines) != len(expected.stdout_pattern):
            return f"{len(lines)} lines, the pattern has {len(expected.stdout_pattern)}"
        for number, (line, pattern) in enumerate(zip(lines, expected.stdout_pattern), 1):
            if not re.fullmatch(pattern, line):
                return f"line {number} {line!r} does not match {pattern!r}"
        return None
    if expected.stdout is not None and stdout != expected.stdout:
        return f"expected\n{expected.stdout}--- got\n{stdout}---"
    return None


def declared_failure(name, start_method, label=None):
    """The failure an example declares in examples/failures.toml for a run, or None.

    An entry may hold tables named by tag (`[NAME.METHOD.py314]`) for versions that fail
    differently; the most specific tag that applies wins.
    """
    entry = tomllib.loads(FAILURES.read_text("utf-8")).get(name, {}).get(start_method)
    if entry is None:
        return None
    for tag in tags(label or LABEL)[:-1]:
        if tag in entry:
            return entry[tag]
    return {key: value for key, value in entry.items() if not isinstance(value, dict)}


def unmet_requirement(name, python=PYTHON, declarations=REQUIREMENTS):
    """Why example `name` cannot run on `python`, as examples/requirements.toml declares, or None."""
    needs = tomllib.loads(Path(declarations).read_text("utf-8")).get(name)
    if not needs:
        return None
    version, missing = _interpreter_facts(python, tuple(needs.get("modules", ())))
    oldest = oldest_python(name, declarations)
    if version < oldest:
        return f"{name} needs Python {'.'.join(map(str, oldest))} or newer; {python} is {'.'.join(map(str, version))}"
    if missing:
        return f"{name} needs {', '.join(missing)}, which {python} cannot import: {needs.get('install', '')}"
    return None


def oldest_python(name, declarations=REQUIREMENTS):
    """The oldest (major, minor) example `name` declares it runs on; (0,) when it declares none."""
    declared = tomllib.loads(Path(declarations).read_text("utf-8")).get(name, {}).get("python", "0")
    return tuple(int(part) for part in declared.split("."))


@functools.cache
def _interpreter_facts(python, modules):
    """(version tuple, modules it cannot import) of an interpreter."""
    code = (
        "import importlib.util, sys; print(*sys.version_info[:3]);"
        "print(*[m for m in sys.argv[1:] if importlib.util.find_spec(m) is None])"
    )
    lines = subprocess.run([python, "-c", code, *modules], capture_output=True, text=True, check=True).stdout
    version, missing = lines.split("\n")[:2]
    return tuple(map(int, version.split())), missing.split()


def expectation_for(name, start_method, check_stdout=True, label=None):
    """What a run of example `name` on `label` under `start_method` must do; start method
    None is the interpreter's default."""
    label = label or LABEL
    start_method = start_method or pythons.DEFAULT_START_METHOD[label]
    pattern = pattern_file(name, label)
    stdout, stdout_pattern = None, None
    if check_stdout and pattern:
        stdout_pattern = tuple(pattern.read_text("utf-8").splitlines())
    elif check_stdout:
        stdout = stdout_file(name, start_method, label).read_text("utf-8")
    failure = declared_failure(name, start_method, label) or {}
    return Expectation(
        exit_code=failure.get("exit_code", 0),
        stdout=stdout,
        stdout_pattern=stdout_pattern,
        stderr_includes=tuple(failure.get("stderr_includes", ())),
    )


def run_program(args, start_method, cwd, timeout=RUN_TIMEOUT, python=PYTHON):
    """Run `python *args` in `cwd` under `start_method` (None: the interpreter's default);
    kill its whole tree on timeout, and whatever of it is left if the caller is interrupted."""
    marker = uuid.uuid4().hex
    env = {key: value for key, value in os.environ.items() if key != "EXAMPLE_START_METHOD"}
    env[MARKER] = marker
    if start_method:
        env["EXAMPLE_START_METHOD"] = start_method
    env["PYTHONPATH"] = str(START_METHOD_HOOK)
    # Unclosed files, sockets and pipes print a ResourceWarning, which fails the run.
    env["PYTHONWARNINGS"] = "always::ResourceWarning"
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
        start_method=start_method or f"the default ({pythons.DEFAULT_START_METHOD[pythons.label_of(python)]})",
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
        found.append(f"{where} did not finish within its timeout; its process tree was killed")
    elif run.returncode != expected.exit_code:
        found.append(f"{where} exited with {run.returncode}, expected {expected.exit_code}")
    if run.leftovers:
        found.append(f"{where} left processes alive: {'; '.join(run.leftovers)}")
    mismatch = stdout_mismatch(run.stdout, expected)
    if mismatch:
        found.append(f"{where} printed a different stdout: {mismatch}")
    if not expected.stderr_includes and run.stderr:
        found.append(f"{where} wrote to stderr:\n{run.stderr}")
    missing = [line for line in expected.stderr_includes if line not in run.stderr]
    if missing:
        found.append(f"{where} stderr lacks {missing!r}; it was:\n{run.stderr}")
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
    return subprocess.run([python, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def _marked_processes(marker):
    """`pid cmdline` of every live process whose environment carries the marker."""
    needle = f"{MARKER}={marker}".encode()
    found = []
    for proc_dir in Path("/proc").glob("[0-9]*"):
        try:
            if needle not in (proc_dir / "environ").read_bytes().split(b"\0"):
                continue
            cmdline = (proc_dir / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:  # the process ended while we looked, or is not ours to read
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
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    for line in _marked_processes(marker):
        try:
            os.kill(int(line.split()[0]), signal.SIGKILL)
        except ProcessLookupError:
            pass
    _wait_for_marked(marker, EXIT_GRACE)  # SIGKILL is not instant
