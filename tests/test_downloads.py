"""Each example a page shows whole has, under it, a link that downloads the file exactly as the
tests ran it, and the command that runs it (docs_hooks/downloads.py)."""

from urllib.parse import urljoin

import pytest

from examples import _catalogue as catalogue
from support.site import DOCS, PAGES, built_page, url_path


@pytest.mark.parametrize("page", PAGES)
def test_each_example_shown_whole_can_be_downloaded_and_run(site, page):
    soup = built_page(site, page)
    names = catalogue.examples_included((DOCS / page).read_text("utf-8"))
    links = soup.select("article a[download]")
    assert [link["download"] for link in links] == [
        f"{name}.py" for name in names
    ], f"{page}: download links"
    for name in names:
        title = soup.find(
            "span", class_="filename", string=f"examples/{name}.py"
        )
        assert title, f"{page}: no code block titled examples/{name}.py"
        link = title.find_next(
            "a", download=True
        )  # the first one after the example's block
        assert (
            link["download"] == f"{name}.py"
            and link.get_text() == f"Download {name}.py"
        ), f"{page}: {link}"
        target = urljoin(f"/{url_path(page)}", link["href"]).lstrip("/")
        served = site / target
        assert served.is_file(), (
            f"{page}: the link to {name}.py points to {target}, which the site lacks"
        )
        assert (
            served.read_bytes() == catalogue.source_path(name).read_bytes()
        ), f"{target} differs from the example"
        commands = [code.get_text() for code in link.parent.find_all("code")]
        assert f"python {name}.py" in commands, (
            f"{page}: no `python {name}.py` next to the link to {name}.py"
        )
