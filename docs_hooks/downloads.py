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
from pathlib import Path

from mkdocs.structure.files import File

EXAMPLE_FENCE = re.compile(
    r'^(?P<indent>[ \t]*)```python\b[^\n]*\n(?P=indent)--8<--[ \t]+"examples/(?P<name>[a-z]\w*)\.py"[ \t]*\n'
    r"(?P=indent)```[ \t]*$",
    re.MULTILINE,
)
OUTPUT_FENCE = re.compile(r'^```text\b.*\btitle="Output"')


def example_files(config):
    """The example programs: the package's modules except private ones (`_name`)."""
    examples = Path(config.config_file_path).resolve().parent / "examples"
    return sorted(p for p in examples.glob("*.py") if not p.name.startswith("_"))


def on_files(files, config):
    for path in example_files(config):
        files.append(File.generated(config, f"examples/{path.name}", abs_src_path=str(path)))
    return files


def on_serve(server, config, builder):
    """`mkdocs serve` rebuilds when an example changes: pages include them, and link to them."""
    server.watch(str(Path(config.config_file_path).resolve().parent / "examples"))
    return server


def on_page_markdown(markdown, page, config, files):
    lines = markdown.split("\n")
    insertions = []  # (line index to insert before, text)
    for match in EXAMPLE_FENCE.finditer(markdown):
        indent, name = match["indent"], match["name"]
        end = after_output_block(lines, markdown.count("\n", 0, match.end()) + 1, indent)
        link = posixpath.relpath(f"examples/{name}.py", posixpath.dirname(page.file.src_uri) or ".")
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
