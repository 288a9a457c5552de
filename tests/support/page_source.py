"""The pages' Markdown as the site and the tests read it: includes expanded exactly as
pymdownx.snippets expands them (configured from mkdocs.yml), and the Python fences that
pytest-markdown-docs runs."""

import functools
import re

import markdown
from markdown_it import MarkdownIt
from mkdocs.config import load_config

from examples import _catalogue as catalogue

FENCE = re.compile(r"^\s*(?P<mark>`{3,}|~{3,})")


@functools.cache
def site_config():
    """mkdocs.yml, loaded and validated as MkDocs loads it."""
    return load_config(str(catalogue.ROOT / "mkdocs.yml"))


@functools.cache
def _snippets():
    options = dict(site_config().mdx_configs["pymdownx.snippets"])
    options["base_path"] = [
        str(catalogue.ROOT / base) for base in options.get("base_path", ["."])
    ]
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": options},
    )
    return md.preprocessors["snippet"]


def expand(text):
    """`text` with every include line replaced by what it includes (a missing file raises)."""
    return "\n".join(_snippets().run(text.split("\n")))


def include_targets(markdown_text, in_code=None):
    """The targets (`path` or `path:section`) of the include lines in a page, in order.

    `in_code` True: only those inside fenced code blocks (shown as code); False: only those
    outside (Markdown, such as a generated table, rendered as part of the page); None: all.
    """
    found, fence = [], None
    for line in markdown_text.splitlines():
        if m := catalogue.INCLUDE.fullmatch(line):
            if in_code is None or in_code == (fence is not None):
                found.append(m["target"])
        elif m := FENCE.match(line):
            if fence is None:
                fence = m["mark"]
            elif (
                m["mark"].startswith(fence) and not line[m.end() :].strip()
            ):  # a closing fence
                fence = None
    return found


def included_text(target):
    """What one include target puts on a page."""
    return expand(f'--8<-- "{target}"').rstrip("\n") + "\n"


def _is_python(token):
    return token.type == "fence" and token.info.split(" ")[0].strip("{.") in (
        "py",
        "python",
        "python3",
    )


def examples_in_python_blocks(markdown_text):
    """For each Python fence of a page, in order, the example it includes whole, or None
    when it is not one include of a whole example file."""
    tokens = MarkdownIt("commonmark").parse(markdown_text)
    return [
        catalogue.example_shown(token.content)
        for token in tokens
        if _is_python(token)
    ]


def _fences_check_their_example(state):
    """Each Python fence becomes one call, `check_example("NAME")`, naming the example it
    includes (None when it is not one include of a whole example file). The tests give the
    fence `check_example` through pytest-markdown-docs' globals hook; it runs the file as a
    reader who copies the block runs it. That the block on the page is the file, exactly,
    is checked on the built site."""
    for token in state.tokens:
        if _is_python(token):
            token.content = (
                f"check_example({catalogue.example_shown(token.content)!r})\n"
            )


def fence_parser():
    """The markdown-it parser pytest-markdown-docs collects the pages' fences with.

    Fences are block tokens, so the inline rules, which parse the text of every paragraph,
    are off."""
    parser = MarkdownIt("commonmark").disable("inline")
    parser.core.ruler.after(
        "block", "fences_check_their_example", _fences_check_their_example
    )
    return parser
