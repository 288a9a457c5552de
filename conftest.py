"""Hooks pytest-markdown-docs for every path pytest is given (docs/ too): includes expanded
as on the site, and each fence run as a script (tests/fence_runner.py)."""

import fence_runner  # noqa: F401  (registers ScriptRunner as the default runner)
import includes


def pytest_markdown_docs_markdown_it():
    return includes.fence_parser()
