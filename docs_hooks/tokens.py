"""Fewer elements in each code block: the highlighted tokens drawn in the code's own colour
lose their <span>.

Pygments wraps every token of a code block in a <span>. On the longest pages that is three
quarters of the page's elements, and the browser styles and lays out each one on load.
Material for MkDocs 9.8 draws names (class `n`) in the code's own text colour
(`--md-code-hl-name-color: var(--md-code-fg-color)`) and gives whitespace (class `w`) no
colour, so their text is kept and the <span> around it dropped: a page looks and copies the
same, with about a fifth fewer elements. tests/test_browser.py checks, in both colour
schemes, that such a token is drawn in the colour of plain code text.
"""

import re

PLAIN_TOKENS = (
    "n",
    "w",
)  # the classes whose <span> changes nothing on the page
PLAIN_TOKEN = re.compile(
    r'<span class="(?:{})">([^<]*)</span>'.format("|".join(PLAIN_TOKENS))
)


def on_page_content(html, page, config, files):
    return PLAIN_TOKEN.sub(r"\1", html)
