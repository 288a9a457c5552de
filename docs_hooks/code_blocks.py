"""Code blocks that cost the browser less on a long page.

Pygments wraps every token of a code block in a <span>. On the longest pages that is three
quarters of the page's elements, and the browser styles and lays out each one on load.

- Tokens drawn in the code's own colour lose their <span>: Material for MkDocs 9.8 draws
  names (class `n`) in the code's text colour (`--md-code-hl-name-color:
  var(--md-code-fg-color)`) and gives whitespace (class `w`) no colour. A page looks and
  copies the same, with about a fifth fewer elements; tests/test_browser.py checks, in both
  colour schemes, that such a token is drawn in the colour of plain code text.
- Each block's <code> gets its number of lines and the length of its longest line as CSS
  properties. docs/assets/code-blocks.css lets the browser skip laying out a block that is
  off screen and hold its exact height meanwhile (`--lines`); docs/assets/accessibility.js
  tells from `--columns` whether the block is wider than the page without laying it out.
"""

import html
import re

PLAIN_TOKENS = (
    "n",
    "w",
)  # the classes whose <span> changes nothing on the page
PLAIN_TOKEN = re.compile(
    r'<span class="(?:{})">([^<]*)</span>'.format("|".join(PLAIN_TOKENS))
)
CODE_BLOCK = re.compile(
    r"(<pre[^>]*>(?:<span></span>)?<code)>(.*?)</code></pre>", re.S
)
TAG = re.compile(r"<[^>]+>")


def on_page_content(content, page, config, files):
    return CODE_BLOCK.sub(measured, PLAIN_TOKEN.sub(r"\1", content))


def measured(block):
    """The block, with its <code> carrying `--lines` and `--columns`."""
    opening, code = block.groups()
    lines = html.unescape(TAG.sub("", code)).removesuffix("\n").split("\n")
    size = f"--lines: {len(lines)}; --columns: {max(map(len, lines))}"
    return f'{opening} style="{size}">{code}</code></pre>'
