"""The search index holds what readers search for: prose, outputs and error messages.

A page shows each example's whole source in a Python block; readers search for the words
and the errors, and find the code on the page they land on. Each Python block's <pre> is
marked `data-search-exclude`, which Material's search plugin skips when it builds the index
(and then strips from the page). Output blocks, where the error messages are, stay indexed.
"""

import re

PYTHON_PRE = re.compile(
    r'(<div class="language-python highlight">'
    r'(?:<span class="filename">[^<]*</span>)?)<pre>'
)


def on_page_content(html, page, config, files):
    return PYTHON_PRE.sub(r"\1<pre data-search-exclude>", html)
