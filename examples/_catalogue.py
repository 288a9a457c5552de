"""What `python -m examples` knows: the examples, their summaries and pages, and how to run one.

Standard library only, so that the command works from a clone (`python -m examples` at its
root) and from an installed copy, on every CPython the tests run (3.11 to 3.15, and the free-threaded 3.13t).
"""

import ast
import multiprocessing
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# The pages live next to the package in a clone or an editable install; a wheel has none.
DOCS = PACKAGE.parent / "docs"
# The same sitecustomize the tests put on PYTHONPATH to set the start method from outside.
START_METHOD_HOOK = PACKAGE / "_start_method"
START_METHODS = ("fork", "spawn", "forkserver")
INCLUDE = re.compile(r'^\s*--8<--\s+"examples/(?P<name>\w+)\.py(?::[^"]*)?"\s*$', re.MULTILINE)


def example_names():
    """Every example: the package's modules except private ones, as tests/harness.py lists them."""
    return sorted(p.stem for p in PACKAGE.glob("*.py") if not p.name.startswith("_"))


def summary(name):
    """The first line of the example's docstring, or "-"; read from the source, because
    importing an example can run it (one has no `__main__` guard on purpose)."""
    tree = ast.parse((PACKAGE / f"{name}.py").read_text("utf-8"))
    docstring = ast.get_docstring(tree)
    return docstring.splitlines()[0] if docstring else "-"


def pages_by_example():
    """For each example, the pages (`docs/...md`) that include it; empty without docs/."""
    found = {}
    for page in sorted(DOCS.rglob("*.md")):
        for match in INCLUDE.finditer(page.read_text("utf-8")):
            where, pages = page.relative_to(DOCS.parent).as_posix(), found.setdefault(match["name"], [])
            if where not in pages:
                pages.append(where)
    return found


def available_start_methods():
    """The start methods this platform offers, in the order the tests use them."""
    offered = multiprocessing.get_all_start_methods()
    return [method for method in START_METHODS if method in offered]


def run(name, start_method=None):
    """Run example `name` as the tests do, `python examples/NAME.py` with the start method set
    from outside (none given: the platform's default); return its exit status."""
    env = {key: value for key, value in os.environ.items() if key != "EXAMPLE_START_METHOD"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(START_METHOD_HOOK), env.get("PYTHONPATH")]))
    # As in the tests, an unclosed file, socket or pipe prints a ResourceWarning.
    env["PYTHONWARNINGS"] = ",".join(filter(None, [env.get("PYTHONWARNINGS"), "always::ResourceWarning"]))
    if start_method:
        env["EXAMPLE_START_METHOD"] = start_method
    # An ignored SIGINT stays ignored across exec; a handled one is reset. The examples that
    # show Ctrl-C need it live in the child, even when this command runs as a background job.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    child = subprocess.Popen([sys.executable, str(PACKAGE / f"{name}.py")], env=env)
    # Ctrl-C at the terminal reaches the child too: let it decide, and report how it ended.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        returncode = child.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return returncode if returncode >= 0 else 128 - returncode  # killed by a signal: as a shell says
