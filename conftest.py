"""Shared set-up for every path pytest is given (docs/ too).

pytest-markdown-docs collects each Python fence of the pages through its public hooks: the
parser turns a fence into `check_example("NAME")` for the example its include line names
(support/page_source.py), and the globals hook gives the fence that function, which runs the
file as a reader runs it (support/runs.py). `site` is the strictly built site, `base_url`
where it is served.
"""

import pytest

from support import page_source, runs
from support import site as built_site


def pytest_configure(config):
    runs.let_children_take_ctrl_c()


def pytest_markdown_docs_markdown_it():
    return page_source.fence_parser()


def pytest_markdown_docs_globals():
    return {"check_example": runs.check_example}


@pytest.fixture(scope="session")
def site(tmp_path_factory, worker_id):
    """The folder of a fresh `mkdocs build --strict`, built once per test session."""
    return built_site.built_once(
        tmp_path_factory, worker_id, "site", built_site.build
    )


@pytest.fixture(scope="session")
def base_url(site):
    """The built site, served on 127.0.0.1 for the whole session."""
    with built_site.serve(site) as url:
        yield url
