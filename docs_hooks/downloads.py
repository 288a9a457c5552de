"""A download link, and the command to run it, for each example a page shows whole.

A page shows an example as a Python fence holding one include, `--8<-- "examples/NAME.py"`.
The example files join the site's files (at `examples/NAME.py`, copied byte for byte), and
under each such fence, or under the "Output" block right after it, the page gets one line:
a link that downloads the file exactly as the tests ran it, and `python NAME.py`. The line
is a paragraph, not a code block, so the pairing of each Python block with the output shown
under it is untouched. The pages' Markdown files are not edited.
"""

import posixpath
import re

from mkdocs.structure.files import File

from examples import _catalogue as catalogue

OUTPUT_FENCE = re.compile(r'^```text\b.*\btitle="Output"')


def on_files(files, config):
    for name in catalogue.example_names():
        path = catalogue.source_path(name)
        files.append(
            File.generated(
                config, f"examples/{path.name}", abs_src_path=str(path)
            )
        )
    return files


def on_serve(server, config, builder):
    """`mkdocs serve` rebuilds when an example changes: pages include them, and link to them."""
    server.watch(str(catalogue.PACKAGE))
    return server


def examples_shown_whole(lines):
    """(indent, name, the line after the fence) of each Python fence that is one include
    of a whole example file."""
    for number in range(1, len(lines) - 1):
        opening, closing = lines[number - 1], lines[number + 1]
        indent = lines[number][
            : len(lines[number]) - len(lines[number].lstrip())
        ]
        name = catalogue.example_shown(lines[number])
        if (
            name
            and opening.startswith(f"{indent}```python")
            and closing.rstrip() == f"{indent}```"
        ):
            yield indent, name, number + 2


def on_page_markdown(markdown, page, config, files):
    lines = markdown.split("\n")
    insertions = []  # (line index to insert before, text)
    for indent, name, after_fence in examples_shown_whole(lines):
        end = after_output_block(lines, after_fence, indent)
        link = posixpath.relpath(
            f"examples/{name}.py", posixpath.dirname(page.file.src_uri) or "."
        )
        line = f'{indent}[Download {name}.py]({link}){{ download="{name}.py" }}, then run it: `python {name}.py`'
        insertions.append((end, ["", line]))
    for index, new_lines in reversed(insertions):
        lines[index:index] = new_lines
    return "\n".join(lines)


def after_output_block(lines, start, indent):
    """The line after the "Output" block that directly follows a fence ending before `start`,
    or `start` when none does (the output may sit in tabs, or after some prose)."""
    position = start
    while position < len(lines) and not lines[position].strip():
        position += 1
    if position == len(lines) or not lines[position].startswith(indent):
        return start
    if not OUTPUT_FENCE.match(lines[position][len(indent) :]):
        return start
    for close in range(position + 1, len(lines)):
        if lines[close] == f"{indent}```":
            return close + 1
    return start
