"""Each check fails when it should: the run and its judge, the pages' fences, the strict
build, the link checker, the HTML checker, and the lookups of recorded outputs."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from examples import _catalogue as catalogue
from support import page_source, pythons
from support.runs import (
    ROOT,
    Expectation,
    check_example,
    expectation_for,
    problems,
    run_example,
    run_program,
    unmet_requirement,
)
from support.site import (
    build,
    content_errors,
    copy_project,
    linkchecker,
    serve,
)

BROKEN = Path(__file__).parent / "broken"


def test_a_wrong_recorded_output_is_reported():
    run = run_example("hello_thread", start_method="spawn")
    assert not problems(run, expectation_for("hello_thread", "spawn"))
    found = problems(
        run, Expectation(stdout="Hello from a different recording\n")
    )
    assert len(found) == 1 and "printed a different stdout" in found[0]


def test_a_stdout_that_does_not_fit_its_pattern_is_reported():
    run = run_example("hello_thread", start_method="fork")
    fits = Expectation(
        stdout_pattern=(
            r"Hello, \w+, from .*",
            r"The thread has finished: (True|False)",
        )
    )
    assert not problems(run, fits)
    found = problems(
        run,
        Expectation(
            stdout_pattern=(
                r"Hello, \w+, from .*",
                r"The thread has finished: False",
            )
        ),
    )
    assert len(found) == 1 and "line 2" in found[0]


@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_a_missing_guard_is_reported(start_method):
    run = run_example("process_no_guard", start_method=start_method)
    found = problems(run, Expectation())
    assert (
        len(found) == 1
        and "wrote to stderr" in found[0]
        and "bootstrapping phase" in found[0]
    )


def test_check_example_fails_on_a_wrong_recording(tmp_path, monkeypatch):
    for path in catalogue.OUTPUT.glob("hello_thread.*"):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(catalogue, "OUTPUT", tmp_path)
    check_example(
        "hello_thread", start_method="spawn"
    )  # the recording, as it is, passes
    (tmp_path / "hello_thread.txt").write_text(
        "Hello from a different recording\n", "utf-8"
    )
    with pytest.raises(AssertionError, match="printed a different stdout"):
        check_example("hello_thread", start_method="spawn")


def test_a_page_fence_checks_the_example_its_include_names():
    page = (
        '```python title="examples/hello_thread.py"\n--8<-- "examples/hello_thread.py"\n```\n\n'
        "```python\nprint('not an example file')\n```\n\n"
        '```python\n--8<-- "examples/hello_thread.py:part"\n```\n\n'
        '```text\n--8<-- "examples/output/hello_thread.txt"\n```\n'
    )
    fences = [
        t.content
        for t in page_source.fence_parser().parse(page)
        if t.type == "fence"
    ]
    assert fences == [
        "check_example('hello_thread')\n",
        "check_example(None)\n",
        "check_example(None)\n",
        '--8<-- "examples/output/hello_thread.txt"\n',
    ]
    with pytest.raises(
        AssertionError, match="one include of a whole example file"
    ):
        check_example(None)


def test_a_hanging_program_is_killed_with_its_children():
    run = run_program([BROKEN / "hangs.py"], "spawn", cwd=ROOT, timeout=3)
    assert run.timed_out
    assert any(
        "did not finish within its timeout" in p
        for p in problems(run, Expectation())
    )
    assert not run.leftovers


def test_a_leaked_process_is_reported_and_killed():
    run = run_program([BROKEN / "leaks_process.py"], "fork", cwd=ROOT)
    assert run.returncode == 0 and len(run.leftovers) == 1
    assert any(
        "left processes alive" in p for p in problems(run, Expectation())
    )
    pid = run.leftovers[0].split()[0]
    assert not _is_running(pid), "the leaked process survived"


def _is_running(pid):
    try:
        return bool(
            Path(f"/proc/{pid}/cmdline").read_bytes()
        )  # a zombie's is empty
    except OSError:
        return False


def test_an_unclosed_file_is_reported():
    run = run_program([BROKEN / "leaks_file.py"], "spawn", cwd=ROOT)
    found = problems(run, Expectation())
    assert len(found) == 1 and "ResourceWarning: unclosed file" in found[0]


def test_a_run_said_to_start_no_process_reports_multiprocessing(tmp_path):
    """Examples the catalogue finds no process in run under one start method only."""
    program = tmp_path / "pool_in_disguise.py"
    program.write_text("import concurrent.futures.process\n", "utf-8")
    said = run_program([program], None, cwd=tmp_path, starts_no_process=True)
    found = problems(said, Expectation())
    assert len(found) == 1 and "imported multiprocessing" in found[0]
    assert not problems(
        run_program([program], None, cwd=tmp_path), Expectation()
    )


def test_an_interrupted_run_leaves_no_process(monkeypatch, tmp_path):
    """A test stopped mid-run (Ctrl-C, pytest-timeout) still kills the run's whole tree."""
    wait = subprocess.Popen.wait

    def interrupted(process, timeout=None):
        if (
            timeout is not None
        ):  # the run's own wait, while its processes are alive
            time.sleep(1)
            raise KeyboardInterrupt
        return wait(process, timeout)

    # A copy of its own: forked children keep the parent's command line, which names it.
    hangs = Path(shutil.copy(BROKEN / "hangs.py", tmp_path))
    monkeypatch.setattr(subprocess.Popen, "wait", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_program([hangs], "fork", cwd=ROOT)
    monkeypatch.undo()
    assert not _processes_running(hangs)


def _processes_running(script):
    found = set()
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(script).encode() in cmdline.read_bytes():
                found.add(cmdline.parent.name)
        except OSError:
            continue
    return found


def test_a_missing_include_fails_the_strict_build_naming_the_file(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "index.md"
    page.write_text(
        page.read_text()
        + '\n```python\n--8<-- "examples/no_such_example.py"\n```\n'
    )
    built = build(tmp_path / "site", project, timeout=120)
    assert built.returncode != 0
    assert "examples/no_such_example.py" in built.stdout + built.stderr


def test_a_broken_link_is_reported(tmp_path):
    """The link checker, run as on the built site, on a site of two pages."""
    (tmp_path / "index.html").write_text(
        '<a href="here.html">here</a> <a href="no-such-page/">gone</a>',
        "utf-8",
    )
    (tmp_path / "here.html").write_text("<p>here</p>", "utf-8")
    with serve(tmp_path) as url:
        found = linkchecker(url)
    assert (
        found.returncode != 0
        and "no-such-page" in found.stdout
        and "here.html" not in found.stdout
    )


def test_a_declared_requirement_skips_only_where_it_is_unmet(tmp_path):
    declarations = tmp_path / "requirements.toml"
    declarations.write_text(
        '[needs_new_python]\npython = "99.0"\n'
        '[needs_missing_module]\nmodules = ["no_such_module_anywhere"]\ninstall = "pip install it"\n'
        '[needs_what_is_here]\npython = "3.10"\nmodules = ["json"]\n'
    )
    python = sys.executable
    assert "needs Python 99.0 or newer" in unmet_requirement(
        "needs_new_python", python, declarations
    )
    missing = unmet_requirement("needs_missing_module", python, declarations)
    assert "no_such_module_anywhere" in missing and "pip install it" in missing
    assert (
        unmet_requirement("needs_what_is_here", python, declarations) is None
    )
    assert unmet_requirement("undeclared", python, declarations) is None


def test_invalid_html_in_a_page_is_reported(site, tmp_path):
    copy = tmp_path / "site"
    copy.mkdir()
    home = copy / "index.html"
    home.write_text(
        (site / "index.html")
        .read_text("utf-8")
        .replace(
            "</article>",
            "<span><div>block in inline</div></span></article>",
            1,
        )
    )
    errors = content_errors(copy, tmp_path, pages=["index.md"])
    assert (
        len(errors) == 1
        and errors[0].startswith("index.md.html")
        and "“div” not allowed" in errors[0]
    ), errors


def test_each_version_gets_the_recording_tagged_for_it(tmp_path, monkeypatch):
    for name in (
        "ex.txt",
        "ex.py314.txt",
        "ex.py313t.spawn.txt",
        "ex.py313t.fork.txt",
        "ex.py313t.forkserver.txt",
    ):
        (tmp_path / name).write_text(name, "utf-8")
    picked = {
        (label, m): catalogue.stdout_file("ex", m, label, tmp_path).name
        for label in catalogue.VERSIONS
        for m in ("fork", "spawn")
    }
    assert picked["3.11", "fork"] == picked["3.13", "spawn"] == "ex.txt"
    assert picked["3.14", "fork"] == picked["3.15", "spawn"] == "ex.py314.txt"
    assert picked["3.13t", "spawn"] == "ex.py313t.spawn.txt"
    # A recording the lookup never picks is what test_every_recorded_output_is_used reports.
    (tmp_path / "ex.py312.spawn.txt").write_text("only spawn", "utf-8")
    assert (
        catalogue.stdout_file("ex", "fork", "3.12", tmp_path).name == "ex.txt"
    )


def test_recordings_are_written_as_the_fewest_files(tmp_path):
    same = {"fork": "a\n", "spawn": "a\n", "forkserver": "a\n"}
    per_version = {
        "3.11": same,
        "3.12": same,
        "3.13": same,
        "3.13t": {**same, "spawn": "t\n"},
        "3.14": {m: "b\n" for m in same},
        "3.15": {m: "b\n" for m in same},
    }
    catalogue.write_outputs("ex", "txt", per_version, tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == [
        "ex.py313t.fork.txt",
        "ex.py313t.forkserver.txt",
        "ex.py313t.spawn.txt",
        "ex.py314.txt",
        "ex.txt",
    ]
    for label, texts in per_version.items():
        for method, text in texts.items():
            assert (
                catalogue.stdout_file("ex", method, label, tmp_path).read_text(
                    "utf-8"
                )
                == text
            )


def test_a_failure_declared_for_newer_versions_applies_only_to_them(tmp_path):
    failures = tmp_path / "failures.toml"
    failures.write_text(
        "[ex.forkserver]\nexit_code = 0\n[ex.forkserver.py314]\nexit_code = 1\n[ex.forkserver.py315]\nexit_code = 0\n"
    )
    codes = {
        label: catalogue.declared_failure("ex", "forkserver", label, failures)[
            "exit_code"
        ]
        for label in catalogue.VERSIONS
    }
    assert codes == {
        "3.11": 0,
        "3.12": 0,
        "3.13": 0,
        "3.13t": 0,
        "3.14": 1,
        "3.15": 0,
    }
    assert catalogue.declared_failure("ex", "spawn", "3.14", failures) is None


def test_a_tab_that_names_no_interpreter_is_refused():
    assert pythons.parse("Python 3.11-3.13, 3.13t") == {
        "3.11",
        "3.12",
        "3.13",
        "3.13t",
    }
    assert pythons.parse("Python 3.14+") == {"3.14", "3.15"}
    with pytest.raises(ValueError, match=r"3\.9"):
        pythons.parse("Python 3.9, 3.14")
