"""The API reference, generated from the pages, and its links both ways with the guide.

A guide page shows an example by including its file (`--8<-- "examples/NAME.py"`). Each
example gets one entry, rendered by mkdocstrings from `::: examples.NAME`, on the reference
page of the first page (in the nav's order) that shows it: pages in `docs/threads/` lead to
`reference/threads.md`, a page at the top of `docs/` such as `troubleshooting.md` to
`reference/troubleshooting.md`. Entries are grouped under that page's title, and each links to
every page that shows the example. Each guide page that shows examples ends with links to
their entries, written as autorefs, so a missing entry fails the strict build.

Nothing here is typed by hand: adding an include to a page adds the entry and both links.
"""

import posixpath
import re
from dataclasses import dataclass

from mkdocs.exceptions import PluginError

from examples import _catalogue as catalogue

TITLE = re.compile(r"^# (?P<title>.+)$", re.MULTILINE)
REFERENCE = "reference"
LINKS_HEADING = "The examples in the API reference"
# A reference page's table of contents lists the guide pages (h2) and the modules (h3) only:
# with functions and methods in it, it would be long, and two classes of the same name (the
# broken and the fixed example's `Account`) would give two menus the same accessible name.
TOC_DEPTH = 3


@dataclass(frozen=True)
class GuidePage:
    """A page that shows examples: where it is, its title, the modules it includes, in order."""

    src_uri: str
    title: str
    examples: tuple[str, ...]


_guide_pages: list[
    GuidePage
] = []  # in the nav's order; refilled on every build


def reference_page_for(src_uri):
    """The reference page (a docs path) for the examples a guide page shows first."""
    top = (
        src_uri.split("/")[0]
        if "/" in src_uri
        else posixpath.splitext(src_uri)[0]
    )
    return f"{REFERENCE}/{top}.md"


def on_nav(nav, config, files):
    _guide_pages.clear()
    for page in nav.pages:
        if page.file.src_uri.startswith(f"{REFERENCE}/"):
            continue
        text = page.file.content_string
        examples = tuple(dict.fromkeys(catalogue.examples_included(text)))
        if examples:
            title = (
                m["title"].strip() if (m := TITLE.search(text)) else page.title
            )
            _guide_pages.append(GuidePage(page.file.src_uri, title, examples))
    for guide in _guide_pages:
        target = reference_page_for(guide.src_uri)
        if _introduced_by(guide) and files.get_file_from_path(target) is None:
            raise PluginError(
                f"{guide.src_uri} shows examples first, but there is no docs/{target} for them"
            )
    return nav


def on_page_markdown(markdown, page, config, files):
    src_uri = page.file.src_uri
    if src_uri.startswith(f"{REFERENCE}/"):
        sections = [
            _section(guide, src_uri)
            for guide in _guide_pages
            if reference_page_for(guide.src_uri) == src_uri
        ]
        return markdown + "".join(section for section in sections if section)
    guide = next((g for g in _guide_pages if g.src_uri == src_uri), None)
    return markdown if guide is None else markdown + _links_to_entries(guide)


def on_page_content(html, page, config, files):
    if page.file.src_uri.startswith(f"{REFERENCE}/"):
        _prune(page.toc.items)
    return html


def _introduced_by(guide):
    """The examples that `guide` is the first page to show."""
    earlier = set()
    for other in _guide_pages:
        if other is guide:
            return [name for name in guide.examples if name not in earlier]
        earlier.update(other.examples)
    return []


def _section(guide, reference_uri):
    """The entries of the examples a guide page shows first, each linking to every page that shows it."""
    entries = []
    for name in _introduced_by(guide):
        shown_on = [
            _link(other, reference_uri)
            for other in _guide_pages
            if name in other.examples
        ]
        entries.append(
            f"::: examples.{name}\n\nShown on {', '.join(shown_on)}.\n\n"
        )
    return f"\n\n## {guide.title}\n\n{''.join(entries)}" if entries else ""


def _link(guide, from_uri):
    return f"[{guide.title}]({posixpath.relpath(guide.src_uri, posixpath.dirname(from_uri))})"


def _links_to_entries(guide):
    links = ", ".join(
        f"[`examples.{name}`][examples.{name}]" for name in guide.examples
    )
    return f"\n\n## {LINKS_HEADING}\n\nThe example modules this page shows, in order: {links}.\n"


def _prune(items):
    for item in items:
        item.children = [
            child for child in item.children if child.level <= TOC_DEPTH
        ]
        _prune(item.children)
