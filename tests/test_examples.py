"""Every example, run as a reader runs it, under every start method, does what is recorded."""

import tomllib

import pytest

from harness import (
    EXAMPLES,
    OUTPUT,
    REQUIREMENTS,
    ROOT,
    START_METHODS,
    declared_failure,
    example_names,
    expectation_for,
    problems,
    run_program,
    stderr_file,
    stdout_file,
    stdout_mismatch,
    unmet_requirement,
)

FORMS = {
    "file": lambda name: [f"examples/{name}.py"],
    "module": lambda name: ["-m", f"examples.{name}"],
}
MAX_LINE = 79  # wider lines scroll sideways in the page's code blocks
TEACHING_EXAMPLES = [  # examples that show a failure may break the rules on purpose
    name for name in example_names() if not any(declared_failure(name, m) for m in START_METHODS)
]


@pytest.mark.parametrize("start_method", START_METHODS)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", example_names())
def test_example_runs_as_recorded(name, form, start_method):
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


@pytest.mark.parametrize("name", example_names())
def test_recorded_output_matches_the_declarations(name):
    for method in START_METHODS:
        assert stdout_file(name, method).exists(), f"no recorded stdout for {name} under {method}"
        mismatch = stdout_mismatch(stdout_file(name, method).read_text("utf-8"), expectation_for(name, method))
        assert not mismatch, f"the recorded stdout of {name} does not fit its pattern: {mismatch}"
        failure = declared_failure(name, method)
        if failure:
            recorded = stderr_file(name, method).read_text("utf-8")
            for line in failure["stderr_includes"]:
                assert line in recorded, f"{stderr_file(name, method).name} lacks the declared {line!r}"


def test_no_recorded_output_without_an_example():
    names = set(example_names())
    orphans = [p.name for p in OUTPUT.iterdir() if p.name.split(".")[0] not in names]
    assert not orphans, f"recorded output for examples that do not exist: {orphans}"


def test_requirements_name_existing_examples():
    declared = tomllib.loads(REQUIREMENTS.read_text("utf-8"))
    stale = sorted(set(declared) - set(example_names()))
    assert not stale, f"examples/requirements.toml declares examples that do not exist: {stale}"
