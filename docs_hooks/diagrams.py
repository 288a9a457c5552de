"""Mermaid diagrams drawn when the site is built: inline SVG, one per colour scheme, no script.

A page writes a diagram as a ```mermaid fence. mkdocs.yml names `fence_svg` as that fence's
format (pymdownx.superfences), so MkDocs and Zensical both call it. It shows two SVGs, one
for the light scheme and one for the dark (slate) scheme; assets/diagrams.css hides the one
that does not match. Each SVG comes from the committed cache, `diagram_cache/KEY-THEME.svg`,
where KEY hashes the Mermaid version, the settings below and the diagram's source: a build
needs Chromium (Playwright, Debian's /usr/bin/chromium) only when a diagram changed, and then
writes the new files for the author to commit. tests/test_site.py checks that the cache is
current.
"""

import hashlib
import html
import json
import re
from pathlib import Path

CACHE = Path(__file__).with_name("diagram_cache")
MERMAID = Path(__file__).with_name("mermaid") / "mermaid-11.17.2.min.js"
CHROMIUM = "/usr/bin/chromium"
# Material's two schemes, and the Mermaid theme drawn for each.
THEMES = {"light": "default", "dark": "dark"}
# Labels as SVG text (not HTML in foreignObject), in a font whose widths match on every
# system (Arial, or Liberation Sans, its metric twin on Linux), so no label overflows its box.
SETTINGS = {
    "htmlLabels": False,
    "flowchart": {"htmlLabels": False},
    "fontFamily": "Arial, 'Liberation Sans', Helvetica, sans-serif",
    "securityLevel": "strict",
}
TITLE = re.compile(r"^\s*accTitle:\s*(.+)$", re.MULTILINE)
# Geometry that Mermaid writes with up to 17 digits; a tenth of a pixel is enough.
GEOMETRY = re.compile(
    r'( (?:d|points|transform|viewBox|x|y|width|height|style)=")([^"]*)"'
)
DECIMAL = re.compile(r"(-?\d+\.\d{2,})")


def key(source):
    """The cache key of a diagram: it changes with its source, Mermaid and the settings."""
    seed = json.dumps(
        [MERMAID.name, SETTINGS, THEMES, source.strip()], sort_keys=True
    )
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def cached(source, scheme, folder=CACHE):
    """The cache file of a diagram in one scheme."""
    return Path(folder) / f"{key(source)}-{scheme}.svg"


def title(source):
    """What the diagram shows, from its `accTitle:` line (required: it names the image)."""
    found = TITLE.search(source)
    if not found:
        raise ValueError(
            f"a Mermaid diagram needs an accTitle line:\n{source}"
        )
    return found.group(1).strip()


def fence_svg(source, language, css_class, options, md, **kwargs):
    """The HTML of a mermaid fence: its two SVGs, each with role="img" and the title."""
    missing = [s for s in THEMES if not cached(source, s).exists()]
    if missing:
        render(source)
    label = html.escape(title(source), quote=True)
    figures = []
    for scheme in THEMES:
        svg = cached(source, scheme).read_text("utf-8")
        svg = named_image(svg, label)
        figures.append(
            f'<div class="diagram diagram--{scheme}" data-search-exclude>'
            f"{svg}</div>"
        )
    return "".join(figures)


def compact(svg):
    """The SVG with its geometry rounded to a tenth of a pixel, without the edges'
    `data-points` (Mermaid's record of them, base64 JSON that no one reads) and without
    unused filters."""
    svg = re.sub(r' data-points="[^"]*"', "", svg)
    # A rect without a size draws nothing; HTML's checker wants the size said.
    for size in ("width", "height"):
        svg = re.sub(rf"<rect(?![^>]* {size}=)", f'<rect {size}="0"', svg)
    # Drop-shadow filters that nothing references (and that the W3C's checker rejects).
    for filter_id in re.findall(r'<filter id="([^"]+)"', svg):
        if f"#{filter_id})" not in svg:
            svg = re.sub(
                rf'<defs><filter id="{filter_id}".*?</filter></defs>', "", svg
            )
    return GEOMETRY.sub(
        lambda attribute: (
            attribute.group(1)
            + DECIMAL.sub(
                lambda number: f"{float(number.group(1)):.1f}",
                attribute.group(2),
            )
            + '"'
        ),
        svg,
    )


def named_image(svg, label):
    """The SVG as one image named `label` (Mermaid's own role and role description,
    "graphics-document" and "flowchart-v2", tell a reader less), still described by its
    accDescr."""
    opening, rest = svg.split(">", 1)
    opening = re.sub(
        r' (?:role|aria-roledescription|aria-labelledby)="[^"]*"', "", opening
    )
    return f'{opening} role="img" aria-label="{label}">{rest}'


def render(source, folder=CACHE):
    """Draw a diagram in each scheme with Mermaid in headless Chromium, into `folder`."""
    from playwright.sync_api import sync_playwright

    Path(folder).mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page()
            page.set_content("<!doctype html><html><body></body></html>")
            page.add_script_tag(path=str(MERMAID))
            for scheme, theme in THEMES.items():
                svg = page.evaluate(
                    """async ([id, settings, source]) => {
                        mermaid.initialize({startOnLoad: false, ...settings});
                        return (await mermaid.render(id, source)).svg;
                    }""",
                    [
                        f"diagram-{key(source)}-{scheme}",
                        {**SETTINGS, "theme": theme},
                        source,
                    ],
                )
                cached(source, scheme, folder).write_text(
                    compact(svg) + "\n", "utf-8"
                )
        finally:
            browser.close()


if __name__ == "__main__":
    # python -m docs_hooks.diagrams FOLDER SOURCE_FILE...: draw each diagram file into FOLDER.
    # Mermaid draws node outlines with random jitter, so a new drawing differs slightly.
    import sys

    for name in sys.argv[2:]:
        render(Path(name).read_text("utf-8"), sys.argv[1])
