"""Expand `--8<--` includes exactly as the site does: pymdownx.snippets, configured from mkdocs.yml."""

import functools
import re

import markdown
from markdown_it import MarkdownIt
from mkdocs.config import load_config

from harness import ROOT

INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$')
FENCE = re.compile(r"^\s*(?P<mark>`{3,}|~{3,})")


@functools.cache
def site_config():
    """mkdocs.yml, loaded and validated as MkDocs loads it."""
    return load_config(str(ROOT / "mkdocs.yml"))


@functools.cache
def _snippets():
    options = dict(site_config().mdx_configs["pymdownx.snippets"])
    options["base_path"] = [str(ROOT / base) for base in options.get("base_path", ["."])]
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": options})
    return md.preprocessors["snippet"]


def expand(text):
    """`text` with every include line replaced by what it includes (a missing file raises)."""
    lines = _snippets().run(text.split("\n"))
    return "\n".join(lines)


def include_targets(markdown_text, in_code=None):
    """The targets (`path` or `path:section`) of the include lines in a page, in order.

    `in_code` True: only those inside fenced code blocks (shown as code); False: only those
    outside (Markdown, such as a generated table, rendered as part of the page); None: all.
    """
    found, fence = [], None
    for line in markdown_text.splitlines():
        if m := INCLUDE.match(line):
            if in_code is None or in_code == (fence is not None):
                found.append(m["target"])
        elif m := FENCE.match(line):
            if fence is None:
                fence = m["mark"]
            elif m["mark"].startswith(fence) and not line[m.end() :].strip():  # a closing fence
                fence = None
    return found


def included_text(target):
    """What one include target puts on a page."""
    return expand(f'--8<-- "{target}"').rstrip("\n") + "\n"


def _expand_fence_includes(state):
    for token in state.tokens:
        if token.type == "fence":
            token.content = expand(token.content)


def fence_parser():
    """A markdown-it parser whose fences hold their includes expanded (line numbers kept)."""
    parser = MarkdownIt("commonmark")
    parser.core.ruler.after("block", "expand_includes", _expand_fence_includes)
    return parser
