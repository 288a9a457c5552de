"""The API reference has an entry for every example the guide shows, linked both ways with the guide.

What each page shows is read from the pages' includes (tests/markdown.py), not from the hook that
writes the reference (docs_hooks/reference.py), so the two are checked against each other.
"""

import functools
from urllib.parse import urldefrag, urljoin

from examples import _catalogue as catalogue
from support import page_source
from support.site import DOCS, PAGES, built_page, url_path

REFERENCE_PAGES = [page for page in PAGES if page.startswith("reference/")]
BASE = "http://site/"  # any absolute base will do: links are resolved, never fetched
PAGE_AT_URL = {BASE + url_path(page): page for page in PAGES}


@functools.cache
def shown_on():
    """{example name: the pages that include its file}, for every example the guide shows."""
    pages = {}
    for page in PAGES:
        for target in page_source.include_targets(
            (DOCS / page).read_text("utf-8")
        ):
            path = target.split(":")[0]
            pages.setdefault(path, set()).add(page)
    return {
        name: pages[f"examples/{name}.py"]
        for name in catalogue.example_names()
        if f"examples/{name}.py" in pages
    }


def links(element, page):
    """(page, fragment) for every link inside `element`, part of `page`, that leads to a page of the site."""
    found = []
    for anchor in element.select("a[href]"):
        url, fragment = urldefrag(
            urljoin(BASE + url_path(page), anchor["href"])
        )
        if url in PAGE_AT_URL:
            found.append((PAGE_AT_URL[url], fragment))
    return found


def entries(site):
    """[(example name, reference page, the entry's HTML)] for every module entry in the reference.

    An entry is the module's block rendered by mkdocstrings and what follows it up to the next
    entry or heading: the links to the guide pages come right after the block.
    """
    found = []
    for page in REFERENCE_PAGES:
        for block in built_page(site, page).select("article div.doc-module"):
            heading = block.find(class_="doc-heading")
            parts = [block]
            for sibling in block.find_next_siblings():
                if sibling.name in ("h1", "h2") or "doc-module" in sibling.get(
                    "class", []
                ):
                    break
                parts.append(sibling)
            found.append(
                (heading["id"].removeprefix("examples."), page, parts)
            )
    return found


def test_every_shown_example_has_exactly_one_entry(site):
    found = [name for name, _, _ in entries(site)]
    missing = sorted(set(shown_on()) - set(found))
    extra = sorted(set(found) - set(shown_on()))
    repeated = sorted({name for name in found if found.count(name) > 1})
    assert not repeated, (
        f"examples with more than one reference entry: {repeated}"
    )
    assert not missing, (
        f"examples shown in the guide with no reference entry: {missing}"
    )
    assert not extra, (
        f"reference entries for modules no guide page shows: {extra}"
    )


def test_every_entry_links_to_every_guide_page_that_shows_it(site):
    wrong = []
    for name, page, parts in entries(site):
        targets = {target for part in parts for target, _ in links(part, page)}
        shown = shown_on().get(name, set())
        if not shown or not shown <= targets:
            wrong.append(
                f"{page}: examples.{name} links to {sorted(targets)}, is shown on {sorted(shown)}"
            )
    assert not wrong, "\n".join(wrong)


def test_every_guide_page_links_to_the_entries_of_its_examples(site):
    located = {name: page for name, page, _ in entries(site)}
    unlinked = []
    for page in sorted(
        {page for pages in shown_on().values() for page in pages}
    ):
        linked = set(links(built_page(site, page).select_one("article"), page))
        for name in sorted(
            name for name, pages in shown_on().items() if page in pages
        ):
            if (located.get(name), f"examples.{name}") not in linked:
                unlinked.append(
                    f"{page} does not link to the reference entry of examples.{name}"
                )
    assert not unlinked, "\n".join(unlinked)


def test_reference_pages_show_no_python_block(site):
    """A highlighted Python block (a docstring's code, a source listing) is code that no test runs."""
    for page in REFERENCE_PAGES:
        blocks = built_page(site, page).select("div.language-python.highlight")
        assert not blocks, (
            f"{page} shows {len(blocks)} Python code blocks; the reference must show none"
        )
