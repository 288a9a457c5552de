"""The strictly built site shows every include exactly as its file, and publishes every example."""

import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from pytest_markdown_docs.plugin import FenceSyntax, extract_fence_tests

import includes
from harness import ROOT, example_names

DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))

pytestmark = pytest.mark.xdist_group("site")  # one worker builds the site once


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", folder],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.stdout}{build.stderr}"
    return folder


def built_page(site, page):
    """The parsed HTML that `docs/<page>` became."""
    stem = page.removesuffix(".md")
    html = site / ("index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html")
    return BeautifulSoup(html.read_text("utf-8"), "html.parser")


def code_blocks(soup, language=None):
    """The text of each highlighted code block in a page, in order."""
    selector = f"div.language-{language}.highlight pre > code" if language else "div.highlight pre > code"
    return [code.get_text().rstrip() for code in soup.select(selector)]


@pytest.mark.parametrize("page", PAGES)
def test_every_include_is_shown_exactly(site, page):
    blocks = code_blocks(built_page(site, page))
    position = 0
    for target in includes.include_targets((DOCS / page).read_text("utf-8")):
        expected = includes.included_text(target).rstrip()  # trailing blank lines are not rendered
        matches = [i for i in range(position, len(blocks)) if blocks[i] == expected]
        assert matches, f"{page}: no code block (in order) shows {target} exactly as the file"
        position = matches[0] + 1


@pytest.mark.parametrize("page", PAGES)
def test_every_python_block_on_the_page_is_executed(site, page):
    """Python blocks the fence tests cannot see (say, inside tabs) would go unverified."""
    path = DOCS / page
    fences = list(
        extract_fence_tests(
            includes.fence_parser(), path.read_text("utf-8"), 0, path, fence_syntax=FenceSyntax.superfences
        )
    )
    shown = code_blocks(built_page(site, page), "python")
    assert len(fences) == len(shown), f"{page} shows {len(shown)} Python blocks, the tests run {len(fences)}"


def test_every_example_is_published():
    published = {
        target.split(":")[0]
        for page in PAGES
        for target in includes.include_targets((DOCS / page).read_text("utf-8"))
    }
    unpublished = [name for name in example_names() if f"examples/{name}.py" not in published]
    assert not unpublished, f"examples on no page: {unpublished}"
