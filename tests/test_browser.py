"""The built site in a real browser (Debian's Chromium, driven by Playwright), served on 127.0.0.1.

A screenshot of each page's first screen (what a reader sees first; a full-page one costs
about a second of the machine's two cores per long page) and each page's weight go to
test-artifacts/ for a person to look at.
"""

import gzip
import json
import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe

from docs_hooks import code_blocks
from examples import _catalogue as catalogue
from support.site import PAGES, built_page, diagram_sources, url_path

CHROMIUM = "/usr/bin/chromium"  # Debian's package; Playwright's own download does not work here
ARTIFACTS = catalogue.ROOT / "test-artifacts"
# What a page may cost a reader on a phone: everything its first, cold load fetches from
# this site (the page, its styles, scripts and images), counted as a static host sends it,
# text gzip-compressed. The search index loads only when the reader turns to search; its
# size is reported beside.
WEIGHT_BUDGET = 150 * 1024
COMPRESSED = ("text/", "javascript", "json", "xml")  # content types hosts gzip
DIAGRAM_PAGES = [
    page for page in PAGES if diagram_sources(catalogue.DOCS / page)
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    flags = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
    ]
    quiet = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": flags + quiet,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "permissions": ["clipboard-read", "clipboard-write"],
    }


def slug(page):
    return page.removesuffix(".md").replace("/", "_")


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly_and_accessibly_from_this_host_only(
    page, base_url, site, path
):
    errors, requests, responses = [], [], []
    page.on(
        "console",
        lambda message: (
            message.type == "error" and errors.append(message.text)
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.on("response", lambda response: responses.append(response))
    page.goto(base_url + url_path(path), wait_until="networkidle")
    ARTIFACTS.joinpath("screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "screenshots" / f"{slug(path)}.png")
    weight = cold_load_weight(responses, base_url)
    ARTIFACTS.joinpath("weights").mkdir(exist_ok=True)
    ARTIFACTS.joinpath("weights", f"{slug(path)}.json").write_text(
        json.dumps(
            {
                "page": path,
                **weight,
                "search_index_when_searching": file_weight(
                    site / "search" / "search_index.json"
                ),
            },
            indent=1,
        )
    )
    accessibility = accessibility_check(page)
    outside = [
        url
        for url in requests
        if urlsplit(url).netloc != urlsplit(base_url).netloc
    ]
    assert not errors, f"{path}: console errors {errors}"
    assert not outside, f"{path}: requests that leave 127.0.0.1: {outside}"
    assert weight["files"] and 0 < weight["gzip"] <= WEIGHT_BUDGET, (
        f"{path} loads {weight['gzip']:,} bytes gzip-compressed "
        f"({weight['bytes']:,} uncompressed; budget {WEIGHT_BUDGET:,}): "
        f"{weight['files']}"
    )
    scripts = [url for url in requests if "mermaid" in url.lower()]
    assert not scripts, f"{path} loads Mermaid: {scripts}"
    assert not accessibility, f"{path}:\n{accessibility}"


def file_weight(path):
    body = path.read_bytes()
    return {"bytes": len(body), "gzip": len(gzip.compress(body))}


def cold_load_weight(responses, base_url):
    """The bytes of every response from this site, as received and as a static host sends
    them (text gzip-compressed by Python's gzip), with each file's compressed size."""
    files = {}
    for response in responses:
        if urlsplit(response.url).netloc != urlsplit(base_url).netloc:
            continue
        body = response.body()
        kind = response.headers.get("content-type", "")
        sent = (
            len(gzip.compress(body))
            if any(word in kind for word in COMPRESSED)
            else len(body)
        )
        files[urlsplit(response.url).path] = (len(body), sent)
    return {
        "bytes": sum(raw for raw, _ in files.values()),
        "gzip": sum(sent for _, sent in files.values()),
        "files": {name: sent for name, (_, sent) in files.items()},
    }


# Code blocks are thousands of highlighted tokens on a long page: checking each token's
# contrast took most of axe's time there. Each page is checked by every rule, but the
# contrast rule skips the text of code blocks: their colours are checked once, for every
# token class the site shows, in both colour schemes
# (test_every_code_colour_has_enough_contrast).
CODE_TEXT = "div.highlight pre"
ACCESSIBILITY = """selector => {
    axe.configure({rules: [{id: "color-contrast", selector}]});
    return axe.run(document, {resultTypes: ["violations"]});
}"""


def accessibility_check(page):
    """axe's violations on the page, as a report; empty when there are none.

    One run of every rule, the contrast rule on everything but code text (axe's rule
    `selector`, which one run of all rules needs: a run's context applies to every rule)."""
    page.evaluate(Axe().axe_script)
    report = AxeResults(
        page.evaluate(ACCESSIBILITY, f":not({CODE_TEXT}, {CODE_TEXT} *)")
    )
    return report.generate_report() if report.violations_count else ""


def test_the_accessibility_check_reports_pale_text_outside_code_only(
    page, base_url
):
    """The check fails a page with text too pale to read, and leaves code text to the test
    of every code colour below; without the rule's selector axe reports both."""
    page.goto(
        base_url + url_path("threads/first-steps.md"), wait_until="networkidle"
    )
    page.evaluate(
        """() => [["pale-in-text", "article p"], ["pale-in-code", "div.highlight pre code"]]
            .forEach(([id, where]) => {
                const pale = document.createElement("span");
                Object.assign(pale, {id, textContent: "pale text"});
                pale.style.color = "#ddd";
                document.querySelector(where).append(pale);
            })"""
    )
    report = accessibility_check(page)
    everywhere = Axe().run(page, options={"runOnly": ["color-contrast"]})
    assert "#pale-in-text" in report and "#pale-in-code" not in report, report
    assert {"#pale-in-text", "#pale-in-code"} <= {
        target
        for node in everywhere.response["violations"][0]["nodes"]
        for target in node["target"]
    }


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_code_colour_has_enough_contrast(page, base_url, site, scheme):
    """One line per token class that the site's code blocks use (and one of plain text),
    in a code block of a real page, checked by axe's contrast rule."""
    classes = sorted(
        {
            name
            for path in PAGES
            for token in built_page(site, path).select(
                f"{CODE_TEXT} span[class]"
            )
            for name in token["class"]
        }
    )
    assert len(classes) > 10, f"too few token classes found: {classes}"
    page.emulate_media(color_scheme=scheme)
    page.goto(
        base_url + url_path("threads/first-steps.md"), wait_until="networkidle"
    )
    shown = page.evaluate(
        """classes => {
            const code = document.querySelector("div.language-python pre code");
            code.replaceChildren(...["", ...classes].map(name => {
                const token = document.createElement("span");
                token.className = name;
                token.textContent = `${name || "plain"} token\n`;
                return token;
            }));
            return code.children.length;
        }""",
        classes,
    )
    result = Axe().run(
        page,
        context={"include": [[CODE_TEXT]]},
        options={"runOnly": ["color-contrast"], "resultTypes": ["passes"]},
    )
    checked = sum(len(rule["nodes"]) for rule in result.response["passes"])
    assert shown == len(classes) + 1 and checked >= shown, (checked, shown)
    assert result.violations_count == 0, result.generate_report()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tokens_shown_without_a_span_look_like_plain_code(
    page, base_url, scheme
):
    """docs_hooks/code_blocks.py drops the <span> of the tokens Material draws in the code's own
    colour; each such token, wrapped again, must look exactly like plain code text."""
    page.emulate_media(color_scheme=scheme)
    page.goto(
        base_url + url_path("threads/first-steps.md"), wait_until="networkidle"
    )
    looks = page.evaluate(
        """classes => {
            const code = document.querySelector("div.language-python pre code");
            const look = name => {
                const token = document.createElement("span");
                token.className = name;
                token.textContent = "token";
                code.append(token);
                const style = getComputedStyle(token);
                return [style.color, style.backgroundColor, style.fontWeight, style.fontStyle];
            };
            return Object.fromEntries(["", ...classes].map(name => [name, look(name)]));
        }""",
        list(code_blocks.PLAIN_TOKENS),
    )
    plain = looks.pop("")
    assert looks == dict.fromkeys(code_blocks.PLAIN_TOKENS, plain)


# The page with the most code blocks, at a desktop's and a phone's width.
@pytest.mark.parametrize("width", [1280, 390])
def test_code_blocks_off_screen_hold_their_place_and_keyboard_access(
    page, base_url, width
):
    """code-blocks.css lets the browser skip laying out code blocks off screen, and
    accessibility.js works out which are wider than the page without laying them out. With
    every block laid out, the headings must stand where they stood, and exactly the blocks
    that scroll sideways must be reachable by Tab."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(
        base_url + url_path("troubleshooting.md"), wait_until="networkidle"
    )
    where = """() => [...document.querySelectorAll("article h2, article h3")]
        .map(heading => Math.round(heading.getBoundingClientRect().top + scrollY))"""
    held = page.evaluate(where)
    page.add_style_tag(
        content="pre > code { content-visibility: visible !important }"
    )
    laid_out = page.evaluate(where)
    blocks = page.evaluate(
        """() => [...document.querySelectorAll("article pre > code")]
            .filter(code => code.clientWidth)  // not in a tab that is not chosen
            .map(code => ({
            wide: code.scrollWidth > code.clientWidth,
            tab: code.getAttribute("tabindex") === "0",
        }))"""
    )
    wide = [block for block in blocks if block["wide"]]
    assert len(held) > 10 and len(blocks) > 50, (len(held), len(blocks))
    assert held == laid_out
    assert blocks == [{**block, "tab": block["wide"]} for block in blocks], (
        f"{len(wide)} wide blocks; tabindex wrong on "
        f"{[n for n, block in enumerate(blocks) if block['wide'] != block['tab']]}"
    )


def test_copy_button_copies_exactly_the_example_file(page, base_url):
    page.goto(
        base_url + url_path("threads/first-steps.md"), wait_until="networkidle"
    )
    # Material adds a block's copy button when the block first scrolls into view.
    page.locator("div.language-python pre").first.scroll_into_view_if_needed()
    page.locator(
        "div.language-python button[data-md-type='copy']"
    ).first.click(force=True)
    copied = page.evaluate("navigator.clipboard.readText()")
    expected = catalogue.source_path("hello_thread").read_text("utf-8")
    assert copied.rstrip("\n") == expected.rstrip("\n")


SEARCH_INDEX = "/search/search_index.json"
SEARCHES = [  # what a reader types, and the page it must find
    ("deadlock", "threads/races-and-deadlocks/"),
    # Error messages, pasted as readers paste them, find the troubleshooting page.
    ("bootstrapping phase", "troubleshooting/"),
    ("Can't pickle local object", "troubleshooting/"),
    ("leaked semaphore objects", "troubleshooting/"),
    ("BrokenProcessPool", "troubleshooting/"),
    ("can't start new thread", "troubleshooting/"),
]


def test_search_finds_each_page_by_its_words(page, base_url):
    """All the searches in one page load: the search index is built once per load. The
    index loads only once the reader turns to search (docs/assets/search-on-demand.js)."""
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url, wait_until="networkidle")
    index = [url for url in requests if url.endswith(SEARCH_INDEX)]
    assert not index, "the search index loaded before the reader searched"
    search = page.locator("input.md-search__input")
    results = page.locator("li.md-search-result__item a")
    missed = {}
    search.click()
    for query, found in SEARCHES:
        # Material searches on key-up: the End key after each fill sends it the whole
        # text at once. Cleared, the list empties, so the next results are the query's.
        search.fill("")
        search.press("End")
        page.wait_for_function(
            "!document.querySelector('li.md-search-result__item')"
        )
        search.fill(query)
        search.press("End")
        results.first.wait_for(timeout=10_000)
        links = results.evaluate_all("links => links.map(link => link.href)")
        if not any(urlsplit(link).path.endswith(found) for link in links):
            missed[query] = links
    assert not missed, missed
    assert [url for url in requests if url.endswith(SEARCH_INDEX)]


def test_navigation_and_colour_toggle_work(page, base_url):
    page.goto(base_url, wait_until="networkidle")
    page.locator(
        "nav.md-nav--primary a", has_text="Race conditions and deadlocks"
    ).first.click()
    page.wait_for_url("**/threads/races-and-deadlocks/")
    assert (
        page.locator("article h1")
        .inner_text()
        .startswith("Threads: race conditions and deadlocks")
    )
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator(
        "form[data-md-component='palette'] label:visible"
    ).first.click()
    assert page.evaluate(scheme) == "slate"
    page.locator(
        "form[data-md-component='palette'] label:visible"
    ).first.click()
    assert page.evaluate(scheme) == "default"


def test_there_are_diagrams_to_check():
    assert DIAGRAM_PAGES, (
        "no page has a Mermaid diagram: the rendering test below checks nothing"
    )


@pytest.mark.parametrize("path", DIAGRAM_PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_diagrams_show_as_svg_in_each_scheme(page, base_url, path, scheme):
    """Each diagram shows once, as the SVG drawn for the scheme, with its labels as text."""
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + url_path(path), wait_until="networkidle")
    sources = diagram_sources(catalogue.DOCS / path)
    shown = page.evaluate(
        """[...document.querySelectorAll("article .diagram svg")]
            .filter(svg => svg.getBoundingClientRect().height > 0)
            .map(svg => ({
                scheme: svg.parentElement.className,
                text: svg.textContent,
                label: svg.getAttribute("aria-label"),
                role: svg.getAttribute("role"),
                height: svg.getBoundingClientRect().height,
            }))"""
    )
    page.screenshot(
        path=ARTIFACTS / "screenshots" / f"{slug(path)}-diagram-{scheme}.png",
        full_page=True,
    )
    assert len(shown) == len(sources), (
        f"{path}: {len(sources)} diagrams, {len(shown)} shown in the {scheme} scheme"
    )
    for source, svg in zip(sources, shown, strict=True):
        assert svg["scheme"].endswith(f"diagram--{scheme}"), svg["scheme"]
        assert svg["height"] > 100 and svg["role"] == "img", svg
        assert svg["label"] == diagram_title(source), svg["label"]
        missing = [
            label
            for label in node_labels(source)
            if squeezed(label) not in squeezed(svg["text"])
        ]
        assert not missing, (
            f"{path}: labels not in the {scheme} SVG: {missing}"
        )


@pytest.mark.parametrize("path", DIAGRAM_PAGES)
def test_diagrams_show_without_javascript(browser, base_url, path):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + url_path(path), wait_until="load")
        shown = page.locator("article .diagram svg:visible")
        assert shown.count() == len(diagram_sources(catalogue.DOCS / path))
        assert page.locator("script[src*='mermaid' i]").count() == 0
    finally:
        context.close()


def diagram_title(source):
    return re.search(r"accTitle:\s*(.+)", source).group(1).strip()


def node_labels(source):
    """The quoted text of each node and edge of a flowchart."""
    labels = re.findall(r'"([^"]+)"', source)
    assert labels, f"no labels found in the diagram:\n{source}"
    return labels


def squeezed(text):
    """Text without white space: a long label wraps onto lines of its own."""
    return re.sub(r"\s+", "", text)
