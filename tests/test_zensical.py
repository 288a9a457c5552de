"""Zensical, Material for MkDocs' successor, builds the same pages and code blocks from mkdocs.yml.

Material for MkDocs announces its end of life (May 2027) and names Zensical, by the same team,
as its successor. Zensical reads mkdocs.yml, so nothing is configured twice: the site is built
with `zensical build --strict` (the pinned `zensical` extra) and compared with the MkDocs build.
Every way the two builds differ is declared once, in DIFFERENCES, with its reason, and a test
checks that each difference is still there: the list cannot go stale, and nothing is skipped
without a line in it.
"""

import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from support.site import (
    DOCS,
    PAGES,
    built_once,
    built_page,
    copied_text,
    copy_project,
    diagram_sources,
    highlighted_blocks,
)

# Zensical writes its site (`site_dir` must lie inside the project) and a `.cache/` into the
# project, and has no option for the output folder: it builds a copy of the project instead.
BUILD_TIMEOUT = 120  # seconds; a build takes about one


def zensical_build(project):
    """`zensical build --strict` in `project`; the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )


def project_copy(folder):
    """A copy of the project (sources, docs, mkdocs.yml) in `folder`, for Zensical to build."""
    return copy_project(folder / "project")


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory, worker_id):
    """The folder of a fresh `zensical build --strict` of the project, built once
    per test session."""
    folder = built_once(
        tmp_path_factory,
        worker_id,
        "zensical",
        lambda folder: zensical_build(project_copy(folder)),
    )
    return folder / "project" / "site"


def reference_entries(site):
    """How many example modules the API reference pages document."""
    pages = [page for page in PAGES if page.startswith("reference/")]
    return sum(
        len(built_page(site, page).select("article div.doc-module"))
        for page in pages
    )


def count(site, page, selector):
    return len(built_page(site, page).select(selector))


def llms_txt_links(site):
    """The URLs that /llms.txt lists, in order, whatever the Markdown link syntax (`(url)` or `(<url>)`)."""
    return re.findall(
        r"\]\(<?([^)<>]+)>?\)", (site / "llms.txt").read_text("utf-8")
    )


def hook_outputs_missing(mkdocs, zensical, _):
    page, reference_link = (
        "threads/first-steps.md",
        'article a[href*="reference/"][href*="#examples."]',
    )
    return (
        reference_entries(mkdocs) > 0
        and reference_entries(zensical) == 0
        and count(mkdocs, page, reference_link) > 0
        and count(zensical, page, reference_link) == 0
        and count(mkdocs, page, "article a[download]") > 0
        and count(zensical, page, "article a[download]") == 0
        and count(mkdocs, page, "pre span.n") == 0
        and count(zensical, page, "pre span.n") > 0
        and count(mkdocs, page, "pre > code[style*='--lines']") > 0
        and count(zensical, page, "pre > code[style*='--lines']") == 0
        and (mkdocs / "examples" / "hello_thread.py").is_file()
        and not (zensical / "examples").exists()
    )


def own_search_index(mkdocs, zensical, _):
    return (
        (mkdocs / "search" / "search_index.json").is_file()
        and not (zensical / "search" / "search_index.json").exists()
        and (zensical / "search.json").is_file()
    )


def page_missing_from_the_nav_passes(mkdocs, zensical, folder):
    """Whether `zensical build --strict` passes with a page that is in no nav (MkDocs fails it)."""
    project = project_copy(folder)
    (project / "docs" / "not-in-nav.md").write_text(
        "# Not in the nav\n", "utf-8"
    )
    return zensical_build(project).returncode == 0


def llms_txt_written_differently(mkdocs, zensical, _):
    return (zensical / "llms.txt").read_text("utf-8") != (
        mkdocs / "llms.txt"
    ).read_text("utf-8")


@dataclass(frozen=True)
class Difference:
    """A way the Zensical build differs from the MkDocs build, and why."""

    what: str
    why: str
    still_there: Callable[
        ..., bool
    ]  # (MkDocs site, Zensical site, an empty folder) -> True while it differs
    pages: tuple[
        str, ...
    ] = ()  # pages whose code blocks are not compared because of it


# The one list of differences; the README repeats it for readers.
DIFFERENCES = (
    Difference(
        what="No API reference entries, no links to them, no download line under examples, "
        "a <span> around every code token, every code block laid out on load",
        why="docs_hooks/reference.py, downloads.py and code_blocks.py are MkDocs hooks, and Zensical "
        "0.0.73 runs no hooks (it ignores `hooks:`); it does render `::: examples.NAME` and autorefs",
        still_there=hook_outputs_missing,
    ),
    Difference(
        what="Search uses Zensical's own index (search.json), not Material's lunr index",
        why="Zensical replaces the search plugin; the browser test of search runs on the MkDocs build",
        still_there=own_search_index,
    ),
    Difference(
        what="`--strict` does not fail on a page missing from the nav",
        why="Zensical 0.0.73 maps only the `not_found` and `anchors` validation settings "
        "(broken links and anchors fail its strict build); `omitted_files`, `absolute_links` "
        "and `unrecognized_links` are ignored",
        still_there=page_missing_from_the_nav_passes,
    ),
    Difference(
        what="/llms.txt writes its links as `[title](<url>)`; /llms-full.txt lacks what the hooks add",
        why="Zensical implements the llmstxt plugin itself; test_same_llms_txt_pages checks the URLs",
        still_there=llms_txt_written_differently,
    ),
)
NOT_COMPARED = {
    page for difference in DIFFERENCES for page in difference.pages
}


def html_files(site):
    return sorted(
        path.relative_to(site).as_posix() for path in site.rglob("*.html")
    )


def code_blocks(site, page):
    """Each highlighted block of a page as (language, title, copied text), then each
    diagram's drawing as (class, label, text), light and dark."""
    soup = built_page(site, page)
    blocks = []
    for block in highlighted_blocks(soup):
        language = next(
            (c for c in block.get("class", []) if c.startswith("language-")),
            None,
        )
        title = block.select_one(".filename")
        blocks.append(
            (language, title.get_text() if title else None, copied_text(block))
        )
    return blocks, [
        (
            " ".join(figure["class"]),
            figure.svg["aria-label"],
            " ".join(figure.svg.get_text().split()),
        )
        for figure in soup.select("article div.diagram")
    ]


def test_same_html_pages(site, zensical_site):
    mkdocs, zensical = html_files(site), html_files(zensical_site)
    assert mkdocs == zensical, (
        f"only MkDocs built {sorted(set(mkdocs) - set(zensical))}; "
        f"only Zensical built {sorted(set(zensical) - set(mkdocs))}"
    )


def test_same_llms_txt_pages(site, zensical_site):
    assert llms_txt_links(site), "the MkDocs build's /llms.txt lists no page"
    assert llms_txt_links(zensical_site) == llms_txt_links(site)


@pytest.mark.parametrize(
    "path", [page for page in PAGES if page not in NOT_COMPARED]
)
def test_same_code_blocks_in_the_same_order(site, zensical_site, path):
    (mkdocs_blocks, mkdocs_diagrams), (zensical_blocks, zensical_diagrams) = (
        code_blocks(site, path),
        code_blocks(zensical_site, path),
    )
    shown_by_mkdocs, shown_by_zensical = (
        len(mkdocs_blocks),
        len(zensical_blocks),
    )
    assert shown_by_zensical == shown_by_mkdocs, (
        f"{path}: MkDocs shows {shown_by_mkdocs} code blocks, Zensical {shown_by_zensical}"
    )
    for number, (mkdocs_block, zensical_block) in enumerate(
        zip(mkdocs_blocks, zensical_blocks, strict=True), 1
    ):
        assert zensical_block == mkdocs_block, (
            f"{path}: code block {number} differs"
        )
    assert len(mkdocs_diagrams) == 2 * len(diagram_sources(DOCS / path)), (
        f"{path}: MkDocs did not draw each diagram in both schemes"
    )
    assert zensical_diagrams == mkdocs_diagrams, f"{path}: the diagrams differ"


@pytest.mark.parametrize(
    "difference", DIFFERENCES, ids=lambda difference: difference.what
)
def test_declared_difference_is_still_there(
    site, zensical_site, tmp_path, difference
):
    """When Zensical catches up, this fails: delete the difference here and in the README."""
    assert difference.still_there(site, zensical_site, tmp_path), (
        f"no longer differs: {difference.what}"
    )
    for page in difference.pages:
        assert code_blocks(site, page) != code_blocks(zensical_site, page), (
            f"{page} no longer differs"
        )
