"""Shared set-up for every path pytest is given (docs/ too).

pytest-markdown-docs is hooked so that includes are expanded as on the site and each fence
runs as a script (tests/fence_runner.py); `site` is the strictly built site, `base_url`
where it is served.
"""

import pytest

import built_site
import fence_runner  # noqa: F401  (registers ScriptRunner as the default runner)
import includes


def pytest_markdown_docs_markdown_it():
    return includes.fence_parser()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The folder of a fresh `mkdocs build --strict` (one per test worker)."""
    folder = tmp_path_factory.mktemp("site")
    build = built_site.build(folder)
    assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.stdout}{build.stderr}"
    return folder


@pytest.fixture(scope="session")
def base_url(site):
    """The built site, served on 127.0.0.1 for the whole session."""
    with built_site.serve(site) as url:
        yield url
