"""The strictly built site shows every include exactly as its file, and publishes every example."""

import json
import re

import html5lib
import markdown
import pytest
from bs4 import BeautifulSoup

from docs_hooks import code_blocks, diagrams
from examples import _catalogue as catalogue
from support import page_source
from support.site import (
    DOCS,
    PAGES,
    built_page,
    content_errors,
    copied_text,
    diagram_sources,
    highlighted_blocks,
    linkchecker,
    python_fences,
    url_path,
)


@pytest.mark.parametrize("page", PAGES)
def test_every_include_is_shown_exactly(site, page):
    # Trailing blank lines, and spaces on a line of nothing but spaces, are not rendered, so
    # both sides are compared without them.
    blocks = [
        _unpadded(copied_text(b))
        for b in highlighted_blocks(built_page(site, page))
    ]
    position = 0
    for target in page_source.include_targets(
        (DOCS / page).read_text("utf-8"), in_code=True
    ):
        expected = _unpadded(page_source.included_text(target))
        matches = [
            i for i in range(position, len(blocks)) if blocks[i] == expected
        ]
        assert matches, (
            f"{page}: no code block (in order) shows {target} exactly as the file"
        )
        position = matches[0] + 1


def _unpadded(text):
    return "\n".join(
        "" if not line.strip() else line for line in text.rstrip().splitlines()
    )


@pytest.mark.parametrize("page", PAGES)
def test_every_markdown_include_is_shown_as_its_table(site, page):
    """An include outside code blocks is Markdown (a table a benchmark run wrote): it must be on the page."""
    shown = [
        _cells(table)
        for table in built_page(site, page).select("article table")
    ]
    for target in page_source.include_targets(
        (DOCS / page).read_text("utf-8"), in_code=False
    ):
        html = markdown.markdown(
            page_source.included_text(target), extensions=["tables"]
        )
        rendered = BeautifulSoup(html, "html.parser")
        expected = [_cells(table) for table in rendered.select("table")]
        assert len(expected) == 1 and len(expected[0]) > 1, (
            f"{page}: {target} is not a table with a header and rows"
        )
        assert expected[0] in shown, (
            f"{page}: no table on the page shows {target}"
        )


def _cells(table):
    """The text of each cell of a table, row by row."""
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
        for row in table.select("tr")
    ]


@pytest.mark.parametrize("page", PAGES)
def test_every_python_block_on_the_page_is_executed(site, page):
    """Python blocks the fence tests cannot see (say, inside tabs) would go unverified."""
    shown = built_page(site, page).select("div.language-python.highlight")
    fences = python_fences(page)
    assert len(fences) == len(shown), (
        f"{page} shows {len(shown)} Python blocks, the tests run {len(fences)}"
    )


def test_home_page_links_to_every_guide(site):
    """Every page but the home page and the reference's sub-pages (its index links to them)."""
    linked = {
        a["href"]
        for a in built_page(site, "index.md").select("article a[href]")
    }
    guides = [
        page
        for page in PAGES
        if page != "index.md" and not page.startswith("reference/")
    ]
    missing = [
        page
        for page in [*guides, "reference/index.md"]
        if url_path(page) not in linked
    ]
    assert not missing, f"the home page does not link to {missing}"


def test_every_example_is_shown_whole_in_a_python_block():
    """Each example's run with no start method set is its page's block (conftest.py)."""
    shown = {
        name
        for page in PAGES
        for name in page_source.examples_in_python_blocks(
            (DOCS / page).read_text("utf-8")
        )
    }
    unpublished = [
        name for name in catalogue.example_names() if name not in shown
    ]
    assert not unpublished, (
        f"examples shown whole in no Python block of a page: {unpublished}"
    )


@pytest.mark.parametrize("page", PAGES)
def test_page_is_well_formed_html(site, page):
    html = (site / url_path(page) / "index.html").read_bytes()
    parser = html5lib.HTMLParser()
    parser.parse(html)
    assert not parser.errors, f"{page}: HTML parse errors {parser.errors[:5]}"
    ids = [tag["id"] for tag in built_page(site, page).select("[id]")]
    assert len(ids) == len(set(ids)), (
        f"{page}: duplicate ids {sorted({i for i in ids if ids.count(i) > 1})}"
    )


def test_no_broken_link_in_the_built_site(base_url):
    """linkchecker follows every link from the home page; links to other hosts are not fetched."""
    found = linkchecker(base_url)
    assert found.returncode == 0, found.stdout[-3000:]


def test_page_content_is_valid_html(site, tmp_path):
    """Only the content is held to the W3C's checker: Material's page chrome has known errors of
    its own (an empty `tabindex` on navigation labels, `autocomplete` on a checkbox,
    `autocorrect` on the search field) that this project does not write."""
    errors = content_errors(site, tmp_path)
    assert not errors, "\n".join(errors[:20])


SOURCES = [source for page in PAGES for source in diagram_sources(DOCS / page)]


def test_the_diagram_cache_holds_every_diagram_and_nothing_else():
    """A build draws a diagram only when its SVGs are missing from the committed cache."""
    expected = {
        diagrams.cached(source, scheme).name
        for source in SOURCES
        for scheme in diagrams.THEMES
    }
    present = {path.name for path in diagrams.CACHE.glob("*.svg")}
    assert SOURCES and expected, "no diagram on any page"
    assert expected <= present, (
        f"not drawn yet (build the site, then commit {diagrams.CACHE.name}/): "
        f"{sorted(expected - present)}"
    )
    assert present <= expected, (
        f"drawings of no diagram: {sorted(present - expected)}"
    )


@pytest.mark.parametrize(
    "page", [page for page in PAGES if diagram_sources(DOCS / page)]
)
def test_each_diagram_is_inline_svg_in_both_schemes(site, page):
    """Two SVGs per diagram, light then dark, each an image named by its accTitle,
    its labels as SVG text; no script draws them."""
    shown = built_page(site, page).select("article div.diagram")
    sources = diagram_sources(DOCS / page)
    assert len(shown) == 2 * len(sources), (
        f"{page}: {len(sources)} diagrams, {len(shown)} drawings"
    )
    for source, light, dark in zip(
        sources, shown[::2], shown[1::2], strict=True
    ):
        for figure, scheme in ((light, "light"), (dark, "dark")):
            svg = figure.select_one("svg")
            assert f"diagram--{scheme}" in figure["class"], figure["class"]
            assert svg["role"] == "img"
            assert svg["aria-label"] == diagrams.title(source)
            assert svg.select("text") and not svg.select("foreignObject")
            text = "".join(svg.get_text().split())
            missing = [
                label
                for label in re.findall(r'"([^"]+)"', source)
                if "".join(label.split()) not in text
            ]
            assert not missing, f"{page}, {scheme}: labels not drawn {missing}"
    assert not built_page(site, page).select("script[src*=mermaid]")


def test_the_search_index_leaves_out_the_examples_source(site):
    """Python blocks are not indexed (docs_hooks/search.py); outputs and prose are."""
    index = json.loads((site / "search" / "search_index.json").read_text())
    text = "\n".join(entry["text"] for entry in index["docs"])
    source_lines = {
        line.strip()
        for name in catalogue.example_names()
        for line in catalogue.source_path(name).read_text("utf-8").splitlines()
        if line.strip().startswith("def ")
    }
    indexed = [line for line in source_lines if line in text]
    assert source_lines and not indexed, f"source lines indexed: {indexed[:5]}"
    for words in ("leaked semaphore objects", "BrokenProcessPool"):
        assert words in text, f"{words!r} is no longer in the search index"


def test_code_blocks_carry_the_size_of_the_file_they_show(site):
    """docs_hooks/code_blocks.py gives each block its number of lines and its longest line,
    which code-blocks.css and accessibility.js use while the block is off screen: checked
    against the file each block that shows a whole example file was made from."""
    checked = 0
    for path in PAGES:
        for block in built_page(site, path).select("div.highlight"):
            title, code = (
                block.select_one("span.filename"),
                block.select_one("pre > code"),
            )
            shown = catalogue.ROOT / title.get_text() if title else None
            if not (
                shown
                and shown.is_file()
                and code.get_text() == shown.read_text("utf-8")
            ):
                continue
            lines = shown.read_text("utf-8").splitlines()
            size = f"--lines: {len(lines)}; --columns: {max(map(len, lines))}"
            assert code.get("style") == size, f"{path}: {title.get_text()}"
            checked += 1
    assert checked > 100, checked


def test_code_tokens_in_the_code_colour_have_no_span(site):
    """docs_hooks/code_blocks.py leaves highlighted code with fewer elements (the browser test
    checks that it looks the same); the other token classes keep theirs."""
    plain = ", ".join(f"pre span.{name}" for name in code_blocks.PLAIN_TOKENS)
    soups = {page: built_page(site, page) for page in PAGES}
    left = [page for page, soup in soups.items() if soup.select(plain)]
    assert not left, f"{plain} still on {left}"
    python = [
        soup for soup in soups.values() if soup.select("div.language-python")
    ]
    assert python and all(
        soup.select("div.language-python pre span.p") for soup in python
    )
