"""Each check fails when it should: the harness, the fence runner and the strict build."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_markdown_docs.definitions import FenceTestDefinition

from fence_runner import ScriptRunner
from built_site import content_errors, linkchecker, serve
import harness
import pythons
from harness import ROOT, Expectation, expectation_for, problems, run_program, unmet_requirement

BROKEN = Path(__file__).parent / "broken"


def test_a_wrong_recorded_output_is_reported():
    run = run_program(["examples/hello_thread.py"], "spawn", cwd=ROOT)
    assert not problems(run, expectation_for("hello_thread", "spawn"))
    found = problems(run, Expectation(stdout="Hello from a different recording\n"))
    assert len(found) == 1 and "printed a different stdout" in found[0]


def test_a_stdout_that_does_not_fit_its_pattern_is_reported():
    run = run_program(["examples/hello_thread.py"], "fork", cwd=ROOT)
    fits = Expectation(stdout_pattern=(r"Hello, \w+, from .*", r"The thread has finished: (True|False)"))
    assert not problems(run, fits)
    found = problems(run, Expectation(stdout_pattern=(r"Hello, \w+, from .*", r"The thread has finished: False")))
    assert len(found) == 1 and "line 2" in found[0]


@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_a_missing_guard_is_reported(start_method):
    run = run_program(["examples/process_no_guard.py"], start_method, cwd=ROOT)
    found = problems(run, Expectation())
    assert len(found) == 1 and "wrote to stderr" in found[0] and "bootstrapping phase" in found[0]


def test_a_hanging_program_is_killed_with_its_children():
    run = run_program([BROKEN / "hangs.py"], "spawn", cwd=ROOT, timeout=3)
    assert run.timed_out
    assert any("did not finish within its timeout" in p for p in problems(run, Expectation()))
    assert not run.leftovers


def test_a_leaked_process_is_reported_and_killed():
    run = run_program([BROKEN / "leaks_process.py"], "fork", cwd=ROOT)
    assert run.returncode == 0 and len(run.leftovers) == 1
    assert any("left processes alive" in p for p in problems(run, Expectation()))
    pid = run.leftovers[0].split()[0]
    assert not _is_running(pid), "the leaked process survived"


def _is_running(pid):
    try:
        return bool(Path(f"/proc/{pid}/cmdline").read_bytes())  # a zombie's is empty
    except OSError:
        return False


def test_an_unclosed_file_is_reported():
    run = run_program([BROKEN / "leaks_file.py"], "spawn", cwd=ROOT)
    found = problems(run, Expectation())
    assert len(found) == 1 and "ResourceWarning: unclosed file" in found[0]


def test_the_fence_runner_runs_main_behind_the_guard():
    fence = 'def main():\n    raise SystemExit(3)\n\n\nif __name__ == "__main__":\n    main()\n'
    test = FenceTestDefinition(fence, (), 1, Path("page.md"), None)
    with pytest.raises(AssertionError, match="exited with 3, expected 0"):
        ScriptRunner().runtest(test, {})


def test_a_missing_include_fails_the_strict_build_naming_the_file(tmp_path):
    shutil.copytree(ROOT, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".*", "site", "test-artifacts"))
    page = tmp_path / "docs" / "index.md"
    page.write_text(page.read_text() + '\n```python\n--8<-- "examples/no_such_example.py"\n```\n')
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", tmp_path / "site"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    assert build.returncode != 0
    assert "examples/no_such_example.py" in build.stdout + build.stderr


def test_a_broken_link_in_the_built_site_is_reported(site, tmp_path):
    copy = shutil.copytree(site, tmp_path / "site")
    home = copy / "index.html"
    home.write_text(home.read_text("utf-8").replace("</article>", '<a href="no-such-page/">x</a></article>', 1))
    with serve(copy) as url:
        found = linkchecker(url)
    assert found.returncode != 0 and "no-such-page" in found.stdout


def test_a_declared_requirement_skips_only_where_it_is_unmet(tmp_path):
    declarations = tmp_path / "requirements.toml"
    declarations.write_text(
        '[needs_new_python]\npython = "99.0"\n'
        '[needs_missing_module]\nmodules = ["no_such_module_anywhere"]\ninstall = "pip install it"\n'
        '[needs_what_is_here]\npython = "3.10"\nmodules = ["json"]\n'
    )
    python = sys.executable
    assert "needs Python 99.0 or newer" in unmet_requirement("needs_new_python", python, declarations)
    missing = unmet_requirement("needs_missing_module", python, declarations)
    assert "no_such_module_anywhere" in missing and "pip install it" in missing
    assert unmet_requirement("needs_what_is_here", python, declarations) is None
    assert unmet_requirement("undeclared", python, declarations) is None


def test_invalid_html_in_a_page_is_reported(site, tmp_path):
    copy = shutil.copytree(site, tmp_path / "site")
    home = copy / "index.html"
    home.write_text(home.read_text("utf-8").replace("</article>", "<span><div>block in inline</div></span></article>", 1))
    errors = content_errors(copy, tmp_path)
    assert len(errors) == 1 and errors[0].startswith("index.md.html") and "“div” not allowed" in errors[0], errors


def test_each_version_gets_the_recording_tagged_for_it(tmp_path, monkeypatch):
    monkeypatch.setattr(harness, "OUTPUT", tmp_path)
    for name in ("ex.txt", "ex.py314.txt", "ex.py313t.spawn.txt", "ex.py313t.fork.txt", "ex.py313t.forkserver.txt"):
        (tmp_path / name).write_text(name, "utf-8")
    picked = {(label, m): harness.stdout_file("ex", m, label).name for label in pythons.MATRIX for m in ("fork", "spawn")}
    assert picked["3.11", "fork"] == picked["3.13", "spawn"] == "ex.txt"
    assert picked["3.14", "fork"] == picked["3.15", "spawn"] == "ex.py314.txt"
    assert picked["3.13t", "spawn"] == "ex.py313t.spawn.txt"
    # A recording the lookup never picks is what test_every_recorded_output_is_used reports.
    (tmp_path / "ex.py312.spawn.txt").write_text("only spawn", "utf-8")
    assert harness.stdout_file("ex", "fork", "3.12").name == "ex.txt"


def test_a_failure_declared_for_newer_versions_applies_only_to_them(tmp_path, monkeypatch):
    failures = tmp_path / "failures.toml"
    failures.write_text("[ex.forkserver]\nexit_code = 0\n[ex.forkserver.py314]\nexit_code = 1\n[ex.forkserver.py315]\nexit_code = 0\n")
    monkeypatch.setattr(harness, "FAILURES", failures)
    codes = {label: harness.declared_failure("ex", "forkserver", label)["exit_code"] for label in pythons.MATRIX}
    assert codes == {"3.11": 0, "3.12": 0, "3.13": 0, "3.13t": 0, "3.14": 1, "3.15": 0}
    assert harness.declared_failure("ex", "spawn", "3.14") is None


def test_a_tab_that_names_no_interpreter_is_refused():
    assert pythons.parse("Python 3.11-3.13, 3.13t") == {"3.11", "3.12", "3.13", "3.13t"}
    assert pythons.parse("Python 3.14+") == {"3.14", "3.15"}
    with pytest.raises(ValueError, match="3.9"):
        pythons.parse("Python 3.9, 3.14")
