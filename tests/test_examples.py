"""Every example, run as a reader runs it, under every start method, does what is recorded."""

import os
import tomllib

import pytest

import pythons
from harness import (
    EXAMPLES,
    OUTPUT,
    REQUIREMENTS,
    ROOT,
    START_METHODS,
    declared_failure,
    example_names,
    expectation_for,
    oldest_python,
    problems,
    run_program,
    stderr_file,
    stdout_file,
    stdout_mismatch,
    pattern_file,
    tags,
    unmet_requirement,
)

FORMS = {
    "file": lambda name: [f"examples/{name}.py"],
    "module": lambda name: ["-m", f"examples.{name}"],
}
# The pages run each example as a file. The module form differs in how Python finds the
# program, so it runs once, on the tools' Python; `make matrix` runs the file form elsewhere.
if "EXAMPLE_PYTHON" in os.environ:
    del FORMS["module"]
MAX_LINE = 79  # wider lines scroll sideways in the page's code blocks
TEACHING_EXAMPLES = [  # examples that show a failure may break the rules on purpose
    name for name in example_names() if not any(declared_failure(name, m) for m in START_METHODS)
]


# Each form under each start method, and the file form once more with none set (None).
RUNS = [(form, method) for form in FORMS for method in START_METHODS] + [("file", None)]


@pytest.mark.parametrize(("form", "start_method"), RUNS, ids=[f"{f}-{m or 'default'}" for f, m in RUNS])
@pytest.mark.parametrize("name", example_names())
def test_example_runs_as_recorded(name, form, start_method):
    """Start method None: none is set, so the interpreter's own default runs, and the run must
    print what is recorded for the default that pythons.DEFAULT_START_METHOD declares."""
    if reason := unmet_requirement(name):
        pytest.skip(reason)
    run = run_program(FORMS[form](name), start_method, cwd=ROOT)
    found = problems(run, expectation_for(name, start_method))
    assert not found, "\n".join([f"example {name!r}:", *found])


@pytest.mark.parametrize("name", TEACHING_EXAMPLES)
def test_example_has_main_behind_the_guard(name):
    source = (EXAMPLES / f"{name}.py").read_text("utf-8")
    assert "\ndef main():\n" in source, f"{name} has no main()"
    assert source.endswith('\n\nif __name__ == "__main__":\n    main()\n'), f"{name} does not end with the guard"


@pytest.mark.parametrize("name", example_names())
def test_example_lines_fit_the_page(name):
    lines = (EXAMPLES / f"{name}.py").read_text("utf-8").splitlines()
    long = [n for n, line in enumerate(lines, 1) if len(line) > MAX_LINE]
    assert not long, f"{name}: lines {long} are longer than {MAX_LINE} characters"


@pytest.mark.parametrize("label", pythons.MATRIX)
@pytest.mark.parametrize("name", example_names())
def test_recorded_output_matches_the_declarations(name, label):
    if pythons.version(label) < oldest_python(name):
        pytest.skip(f"{name} needs a newer Python than {label}")
    for method in START_METHODS:
        recorded = stdout_file(name, method, label)
        assert recorded, f"no recorded stdout for {name} on {label} under {method}"
        mismatch = stdout_mismatch(recorded.read_text("utf-8"), expectation_for(name, method, label=label))
        assert not mismatch, f"the recorded stdout of {name} does not fit its pattern: {mismatch}"
        failure = declared_failure(name, method, label)
        if failure:
            stderr = stderr_file(name, method, label)
            assert stderr, f"no recorded stderr for {name} on {label} under {method}"
            for line in failure["stderr_includes"]:
                assert line in stderr.read_text("utf-8"), f"{stderr.name} lacks the declared {line!r}"


def test_every_recorded_output_is_used():
    """A tagged file that no interpreter of the matrix would pick is stale."""
    used = {
        path.name
        for name in example_names()
        for label in pythons.MATRIX
        for method in START_METHODS
        for path in (stdout_file(name, method, label), stderr_file(name, method, label), pattern_file(name, label))
        if path
    }
    unused = sorted(p.name for p in OUTPUT.iterdir() if p.name not in used)
    assert not unused, f"recorded outputs that no run of the matrix uses: {unused}"


def test_tags_name_interpreters_of_the_matrix():
    known = {tag for label in pythons.MATRIX for tag in tags(label)}
    for path in OUTPUT.iterdir():
        parts = path.name.split(".")[1:-1]
        assert not [p for p in parts if p.startswith("py") and p not in known], f"{path.name}: unknown tag"


def test_no_recorded_output_without_an_example():
    names = set(example_names())
    orphans = [p.name for p in OUTPUT.iterdir() if p.name.split(".")[0] not in names]
    assert not orphans, f"recorded output for examples that do not exist: {orphans}"


def test_requirements_name_existing_examples():
    declared = tomllib.loads(REQUIREMENTS.read_text("utf-8"))
    stale = sorted(set(declared) - set(example_names()))
    assert not stale, f"examples/requirements.toml declares examples that do not exist: {stale}"
