"""Shared set-up for every path pytest is given (docs/ too).

pytest-markdown-docs is hooked so that includes are expanded as on the site and each fence
runs as a script (tests/fence_runner.py); `site` is the strictly built site, `base_url`
where it is served.
"""

import fcntl

import pytest

import built_site
import fence_runner  # noqa: F401  (registers ScriptRunner as the default runner)
import includes


def pytest_markdown_docs_markdown_it():
    return includes.fence_parser()


@pytest.fixture(scope="session")
def site(tmp_path_factory, worker_id):
    """The folder of a fresh `mkdocs build --strict`, built once per test session: the
    first xdist worker to get the lock builds it, the others wait and reuse it."""
    # Under xdist each worker's base folder sits in the session's own folder.
    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    folder, log = shared / "site", shared / "site-build.log"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not log.exists():
            build = built_site.build(folder)
            log.write_text(f"exit status {build.returncode}\n{build.stdout}{build.stderr}", "utf-8")
    report = log.read_text("utf-8")
    assert report.startswith("exit status 0\n"), f"mkdocs build --strict failed:\n{report}"
    return folder


@pytest.fixture(scope="session")
def base_url(site):
    """The built site, served on 127.0.0.1 for the whole session."""
    with built_site.serve(site) as url:
        yield url
