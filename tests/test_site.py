"""The strictly built site shows every include exactly as its file, and publishes every example."""

import pytest

import includes
from built_site import DOCS, PAGES, built_page, copied_text, highlighted_blocks, python_fences
from harness import example_names


@pytest.mark.parametrize("page", PAGES)
def test_every_include_is_shown_exactly(site, page):
    # Trailing blank lines are not rendered, so both sides are compared without them.
    blocks = [copied_text(b).rstrip() for b in highlighted_blocks(built_page(site, page))]
    position = 0
    for target in includes.include_targets((DOCS / page).read_text("utf-8")):
        expected = includes.included_text(target).rstrip()
        matches = [i for i in range(position, len(blocks)) if blocks[i] == expected]
        assert matches, f"{page}: no code block (in order) shows {target} exactly as the file"
        position = matches[0] + 1


@pytest.mark.parametrize("page", PAGES)
def test_every_python_block_on_the_page_is_executed(site, page):
    """Python blocks the fence tests cannot see (say, inside tabs) would go unverified."""
    shown = built_page(site, page).select("div.language-python.highlight")
    fences = python_fences(page)
    assert len(fences) == len(shown), f"{page} shows {len(shown)} Python blocks, the tests run {len(fences)}"


def test_every_example_is_published():
    published = {
        target.split(":")[0]
        for page in PAGES
        for target in includes.include_targets((DOCS / page).read_text("utf-8"))
    }
    unpublished = [name for name in example_names() if f"examples/{name}.py" not in published]
    assert not unpublished, f"examples on no page: {unpublished}"
