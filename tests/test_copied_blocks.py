"""Every Python block of a page, as the copy button copies it, is exactly the example file its
include names, and the output blocks under it show what that file prints on each version and
start method they name.

Nothing runs here: the page's fence runs the file (conftest.py), and tests/test_examples.py
holds every other run of it to the recordings these output blocks are compared with."""

import pytest

from examples import _catalogue as catalogue
from support import page_source, pythons
from support.runs import START_METHODS, expectation_for, stdout_mismatch
from support.site import (
    DOCS,
    PAGES,
    built_page,
    copied_text,
    highlighted_blocks,
)

# What an output block's title says it shows.
KINDS = {"Output": "stdout", "stderr": "stderr"}

EXAMPLES_SHOWN = {
    page: page_source.examples_in_python_blocks(
        (DOCS / page).read_text("utf-8")
    )
    for page in PAGES
}
BLOCKS = [
    (page, index)
    for page in PAGES
    for index in range(len(EXAMPLES_SHOWN[page]))
]


def python_block_and_outputs(site, page, index):
    """The `index`-th Python block's copied text, and the output blocks after it (up to the
    next Python block), each as (kind, labels of the tabs it sits in, text)."""
    blocks = highlighted_blocks(built_page(site, page))
    python = [
        i
        for i, block in enumerate(blocks)
        if "language-python" in block["class"]
    ]
    position = python[index]
    source = copied_text(blocks[position]).rstrip("\n") + "\n"
    outputs = []
    for block in blocks[position + 1 : [*python, len(blocks)][index + 1]]:
        title = block.select_one("span.filename")
        if title and title.get_text() in KINDS:
            outputs.append(
                (
                    KINDS[title.get_text()],
                    tab_labels(block),
                    copied_text(block).rstrip("\n") + "\n",
                )
            )
    return source, outputs


def tab_labels(block):
    """The labels of the content tabs a block sits in, outermost first; empty outside tabs."""
    labels = []
    for tab in block.find_parents("div", class_="tabbed-block"):
        position = (
            tab.find_parent("div", class_="tabbed-content")
            .find_all("div", class_="tabbed-block", recursive=False)
            .index(tab)
        )
        names = tab.find_parent("div", class_="tabbed-set").select(
            ":scope > div.tabbed-labels > label"
        )
        labels.insert(0, names[position].get_text().strip())
    return labels


def applies(labels, label, start_method):
    """Whether an output in tabs `labels` is the one shown for a run on `label` under `start_method`.
    A tab names a start method ("spawn") or Pythons ("Python 3.11-3.13, 3.13t"); the tests hold
    every output block to the recorded output of every run its tabs name."""
    for tab in labels:
        if tab in START_METHODS and tab != start_method:
            return False
        if tab.startswith("Python ") and label not in pythons.parse(tab):
            return False
        if tab not in START_METHODS and not tab.startswith("Python "):
            raise ValueError(
                f"tab {tab!r} names neither a start method nor Pythons"
            )
    return True


def runs_of(name):
    """(label, start method) of every run of the matrix that can run example `name`."""
    oldest = catalogue.oldest_version(name)
    return [
        (label, m)
        for label in catalogue.VERSIONS
        if catalogue.version(label) >= oldest
        for m in START_METHODS
    ]


@pytest.mark.parametrize(
    ("page", "index"), BLOCKS, ids=[f"{p}#{i + 1}" for p, i in BLOCKS]
)
def test_page_shows_the_recorded_output_of_every_version(site, page, index):
    """Each output block is what is recorded for every run (Python, start method) its tabs name,
    and every run of the matrix finds the block that shows it: where versions print different
    things, the page shows each, in tabs named by the versions."""
    source, outputs = python_block_and_outputs(site, page, index)
    name = EXAMPLES_SHOWN[page][index]
    assert name, (
        f"{page}: Python block {index + 1} is not one include of a whole example file"
    )
    assert _lines(source) == _lines(
        catalogue.source_path(name).read_text("utf-8")
    ), f"{page}: Python block {index + 1} is not examples/{name}.py as it is"
    if not outputs:
        return
    found = []
    for label, method in runs_of(name):
        shown = {
            kind: [
                text
                for k, labels, text in outputs
                if k == kind and applies(labels, label, method)
            ]
            for kind in KINDS.values()
        }
        expected = expectation_for(name, method, label)
        # A run that prints nothing and fails as declared may leave its stderr to another tab.
        quiet_failure = expected.stderr_includes and not catalogue.stdout_file(
            name, method, label
        ).read_text("utf-8")
        if (
            not (shown["stdout"] or shown["stderr"] or quiet_failure)
            or len(shown["stdout"]) > 1
            or len(shown["stderr"]) > 1
        ):
            found.append(
                f"{label} under {method}: {len(shown['stdout'])} stdout and {len(shown['stderr'])} stderr blocks apply"
            )
            continue
        for text in shown["stdout"]:
            recorded = catalogue.stdout_file(name, method, label).read_text(
                "utf-8"
            )
            if expected.stdout_pattern is not None and (
                mismatch := stdout_mismatch(text, expected)
            ):
                found.append(
                    f"{label} under {method}: the output shown does not fit the pattern: {mismatch}"
                )
            elif expected.stdout_pattern is None and text != recorded:
                found.append(
                    f"{label} under {method} prints\n{recorded}but the page shows\n{text}"
                )
        for text in shown["stderr"]:
            recorded = catalogue.stderr_file(name, method, label)
            if not recorded or _lines(text) != _lines(
                recorded.read_text("utf-8")
            ):
                found.append(
                    f"{label} under {method}: the stderr shown is not the one recorded ({recorded})"
                )
    assert not found, "\n".join(
        [f"{page}, Python block {index + 1} ({name}):", *found]
    )


def _lines(text):
    """Text as a code block shows it: trailing spaces and blank lines are not rendered."""
    return [line.rstrip() for line in text.rstrip().splitlines()]
