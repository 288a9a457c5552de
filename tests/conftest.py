"""Hooks pytest-markdown-docs: includes expanded as on the site, fences run as scripts."""

import fence_runner  # noqa: F401  (registers ScriptRunner as the default runner)
import includes


def pytest_markdown_docs_markdown_it():
    return includes.fence_parser()
