"""What gets published besides the pages: /llms.txt and /llms-full.txt (the llmstxt plugin),
and the GitHub Pages workflow that builds site/ as the tests do."""

import re

import yaml

from examples import _catalogue as catalogue
from support import page_source
from support.site import DOCS, PAGES, ROOT, built_page, url_path

LINK = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)", re.MULTILINE)
WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


def nav_sections():
    """The nav as llms.txt should list it: each top-level entry a section of (title, page) pairs."""

    def entries(entry):
        ((title, value),) = entry.items()
        return (
            [(title, value)]
            if isinstance(value, str)
            else [pair for child in value for pair in entries(child)]
        )

    return {
        next(iter(entry)): entries(entry)
        for entry in page_source.site_config().nav
    }


def llms_sections(text):
    """llms.txt's `## Section` headings, each with the (title, url) of the links listed under it."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)[1:]
    return {
        title: LINK.findall(body)
        for title, body in zip(parts[::2], parts[1::2], strict=True)
    }


def test_llms_txt_lists_every_page_of_the_nav_in_order_with_working_links(
    site,
):
    site_url = page_source.site_config().site_url
    expected = {
        section: [
            (title, f"{site_url}{url_path(page)}index.md")
            for title, page in entries
        ]
        for section, entries in nav_sections().items()
    }
    assert llms_sections((site / "llms.txt").read_text("utf-8")) == expected, (
        "llms.txt does not follow the nav"
    )
    assert (
        sorted(
            page for entries in nav_sections().values() for _, page in entries
        )
        == PAGES
    ), "pages not in the nav"
    for entries in expected.values():
        for _, url in entries:
            assert (site / url.removeprefix(site_url)).is_file(), (
                f"llms.txt links {url}, which the site lacks"
            )


def test_llms_full_txt_holds_each_page_s_text(site):
    full = (site / "llms-full.txt").read_text("utf-8")
    for page in PAGES:
        heading = (
            built_page(site, page)
            .select_one("article h1")
            .get_text()
            .strip("¶ \n")
        )
        assert f"# {heading}" in full, (
            f"llms-full.txt lacks the heading of {page}: {heading!r}"
        )
        for name in catalogue.examples_included(
            (DOCS / page).read_text("utf-8")
        ):
            lines = catalogue.source_path(name).read_text("utf-8").splitlines()
            longest = max(lines, key=len)
            assert longest in full, (
                f"llms-full.txt lacks {name}.py (shown on {page}): {longest!r}"
            )


def test_the_workflow_publishes_site_built_as_the_tests_build_it():
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    steps = [
        step
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
    ]
    uses = {
        step["uses"].split("@")[0]: step for step in steps if "uses" in step
    }
    runs = [step["run"] for step in steps if "run" in step]
    assert runs == ["make build"], (
        f"the workflow should build with `make build` alone, not {runs}"
    )
    assert uses["actions/setup-python"]["with"]["python-version"] == "3.11"
    assert (
        uses["actions/upload-pages-artifact"]["with"]["path"].rstrip("/")
        == "site"
    )
    assert "actions/deploy-pages" in uses and "actions/checkout" in uses
    assert (
        workflow["permissions"]["pages"] == "write"
        and workflow["permissions"]["id-token"] == "write"
    )
    assert "group" in workflow["concurrency"]
    # `make build` is the strict build that tests/support/site.py runs, from the locked .venv.
    recipe = re.search(
        r"^build: (.+)\n\t(.+)$",
        (ROOT / "Makefile").read_text("utf-8"),
        re.MULTILINE,
    )
    assert (
        recipe
        and "$(VENV)/.installed" in recipe[1]
        and recipe[2].split()
        == ["$(BIN)/python", "-m", "mkdocs", "build", "--strict"]
    )
