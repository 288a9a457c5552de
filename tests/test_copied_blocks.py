"""Every Python block, copied from the built page as the copy button copies it, runs alone as
`python main.py` in an empty folder and prints what the page shows under it."""

import pytest

from built_site import PAGES, built_page, copied_text, highlighted_blocks, python_fences
from fence_runner import example_with_source
from harness import START_METHODS, expectation_for, problems, run_program, stdout_mismatch, unmet_requirement

BLOCKS = [(page, index) for page in PAGES for index in range(len(python_fences(page)))]


def python_block_and_outputs(site, page, index):
    """The `index`-th Python block's copied text, and the "Output" blocks after it (up to the
    next Python block), each as (label of the tab it sits in, or None; text)."""
    blocks = highlighted_blocks(built_page(site, page))
    python = [i for i, block in enumerate(blocks) if "language-python" in block["class"]]
    position = python[index]
    source = copied_text(blocks[position]).rstrip("\n") + "\n"
    outputs = []
    for block in blocks[position + 1 : (python + [len(blocks)])[index + 1]]:
        title = block.select_one("span.filename")
        if title and title.get_text().startswith("Output"):
            outputs.append((tab_label(block), copied_text(block).rstrip("\n") + "\n"))
    return source, outputs


def tab_label(block):
    """The label of the content tab a block sits in, or None outside tabs."""
    tab = block.find_parent("div", class_="tabbed-block")
    if tab is None:
        return None
    position = tab.find_parent("div", class_="tabbed-content").find_all("div", class_="tabbed-block", recursive=False).index(tab)
    labels = tab.find_parent("div", class_="tabbed-set").select("div.tabbed-labels > label")
    return labels[position].get_text().strip()


@pytest.mark.parametrize("start_method", START_METHODS)
@pytest.mark.parametrize(("page", "index"), BLOCKS, ids=[f"{p}#{i + 1}" for p, i in BLOCKS])
def test_copied_block_prints_what_the_page_shows(site, page, index, start_method, tmp_path):
    source, outputs = python_block_and_outputs(site, page, index)
    name = example_with_source(source)
    assert name, f"{page}: Python block {index + 1} is not an example file, so nothing records its output"
    if reason := unmet_requirement(name):
        pytest.skip(reason)
    (tmp_path / "main.py").write_text(source, "utf-8")
    run = run_program(["main.py"], start_method, cwd=tmp_path)
    expected = expectation_for(name, start_method)
    found = problems(run, expected)
    # The output shown for this start method: in a tab named after it, or outside tabs.
    shown = [text for label, text in outputs if label in (None, start_method)][:1]
    for text in shown:  # one recorded run: the exact output, or an instance of the pattern
        if expected.stdout_pattern is None and run.stdout != text:
            found.append(f"prints\n{run.stdout}but the page shows\n{text}")
        elif expected.stdout_pattern is not None and (mismatch := stdout_mismatch(text, expected)):
            found.append(f"the output the page shows does not fit the pattern: {mismatch}")
    assert not found, "\n".join([f"{page}, Python block {index + 1} ({name}):", *found])
