"""Runs each Python fence of the docs as the reader would: `python main.py`, under every start method.

pytest-markdown-docs would `exec` a fence in the test process, where `__name__` is not
`"__main__"`, so a guarded program would define `main()` and never call it.
"""

import os
import tempfile
from pathlib import Path

import pytest
from pytest_markdown_docs._runners import _Runner, register_runner

import includes
from harness import (
    START_METHODS,
    Expectation,
    example_names,
    expectation_for,
    problems,
    run_program,
    unmet_requirement,
)


def example_with_source(source):
    """The name of the example whose file is exactly `source` (give or take final newlines), or None."""
    source = source.rstrip("\n") + "\n"
    for name in example_names():
        if includes.included_text(f"examples/{name}.py") == source:
            return name
    return None


# On the tools' Python a fence runs under each method. In `make matrix` (EXAMPLE_PYTHON set)
# it runs once, with no method set (None: the version's own default), as a reader runs it:
# there tests/test_examples.py runs the same file under each method, and the site tests
# prove that each Python block on a page is exactly that file.
FENCE_START_METHODS = [None] if "EXAMPLE_PYTHON" in os.environ else list(START_METHODS)


@register_runner(default=True)
class ScriptRunner(_Runner):
    """A fence that is a whole example file must do what that example is recorded to do;
    any other fence must exit with status 0 and write nothing to stderr."""

    def runtest(self, test, args):
        source = test.source.lstrip("\n")
        name = example_with_source(source)
        if name and (reason := unmet_requirement(name)):
            pytest.skip(reason)
        found = []
        for method in FENCE_START_METHODS:
            expected = expectation_for(name, method) if name else Expectation()
            with tempfile.TemporaryDirectory() as folder:
                (Path(folder) / "main.py").write_text(source, "utf-8")
                found += problems(run_program(["main.py"], method, cwd=folder), expected)
        if found:
            shown = f"example {name!r}" if name else "a fence that is no example file"
            raise AssertionError(f"{test.source_path}:{test.start_line} ({shown}):\n" + "\n".join(found))

    def repr_failure(self, test, excinfo, style=None):
        return str(excinfo.value)
