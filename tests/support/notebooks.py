"""Execute a notebook of examples/notebook/ as Jupyter does, and read what it shows.

The kernel is ipykernel on the Python that runs this module (the tools' `.venv`), named by
a kernel spec written for the run: no kernel spec installed for the user or the system is
used. The notebook runs from a copy, with its modules, in an empty folder (the kernel's
working folder, as Jupyter starts it next to the notebook); every cell has CELL_TIMEOUT.

`python -m support.notebooks record [NAME ...]` (`make outputs`) executes each notebook
and writes it back with its outputs, and writes what the pages include of it
(catalogue.cell_file). `python -m support.notebooks execute NAME FILE` writes the executed
notebook to FILE (the tests run it in a process of its own: tests/test_notebooks.py).
"""

import argparse
import itertools
import os
import re
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

import nbformat
from ipykernel.kernelspec import write_kernel_spec
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

from examples import _catalogue as catalogue

# Seconds; nbclient interrupts a cell that takes longer, and fails.
CELL_TIMEOUT = 30
KERNEL = "python3"
# In a traceback's frames, the standard library's folder, and its line numbers, are the
# interpreter's own: they differ between machines and patch releases.
STDLIB = sysconfig.get_paths()["stdlib"]
STDLIB_LINE = re.compile(r'(File "<stdlib>/[^"]+", line )\d+')


def kernel_specs(folder):
    """A kernel spec manager that knows one kernel: ipykernel on this Python."""
    write_kernel_spec(Path(folder, KERNEL))
    return KernelSpecManager(
        kernel_dirs=[str(folder)], ensure_native_kernel=False
    )


def execute(name, folder):
    """Notebook `name` executed from a copy in the empty `folder`."""
    for path in catalogue.NOTEBOOKS.glob("*.py"):
        shutil.copyfile(path, Path(folder, path.name))
    notebook = nbformat.read(catalogue.notebook_path(name), as_version=4)
    with tempfile.TemporaryDirectory() as specs:
        client = NotebookClient(
            notebook,
            timeout=CELL_TIMEOUT,
            kernel_name=KERNEL,
            kernel_spec_manager=kernel_specs(specs),
            resources={"metadata": {"path": str(folder)}},
            record_timing=False,
        )
        # Fails on an error in a cell not tagged raises-exception. Under pytest,
        # ipykernel would not show in the notebook what the kernel's child processes
        # write to its stderr (their tracebacks): as Jupyter starts it, it does.
        client.execute(
            env={
                key: value
                for key, value in os.environ.items()
                if key != "PYTEST_CURRENT_TEST"
            }
        )
    return notebook


def code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def shown(cell):
    """A code cell's outputs as the page shows them: streams and results as Jupyter
    prints them, an error as the last line of its traceback, `<stdlib>` for the folder
    of the standard library."""
    parts = []
    for output in cell.outputs:
        if output.output_type == "stream":
            parts.append(output.text)
        elif output.output_type == "execute_result":
            parts.append(output.data["text/plain"] + "\n")
        elif output.output_type == "error":
            parts.append(f"{output.ename}: {output.evalue}\n")
        else:
            raise ValueError(f"no text for a {output.output_type} output")
    return "".join(parts).replace(STDLIB, "<stdlib>")


def output_kinds(cell):
    """The kinds of a cell's outputs, a stream named once for each run of pieces of it: the
    kernel forwards what a child process writes to its stderr as the operating system hands
    it over, in one piece or in more."""
    kinds = [(o.output_type, o.get("name")) for o in cell.outputs]
    return [kind for kind, _ in itertools.groupby(kinds)]


def comparable(text):
    """`text` without what varies between runs on other machines: the line numbers of
    the standard library's frames."""
    return STDLIB_LINE.sub(r"\1N", text)


def views(notebook, name):
    """{path: text} of what the pages include of an executed notebook."""
    found = {}
    for number, cell in enumerate(code_cells(notebook), 1):
        found[catalogue.cell_file(name, number, "in")] = cell.source + "\n"
        if cell.outputs:
            found[catalogue.cell_file(name, number, "out")] = shown(cell)
    return found


def record(name):
    with tempfile.TemporaryDirectory() as folder:
        notebook = execute(name, folder)
    nbformat.write(notebook, catalogue.notebook_path(name))
    cells = catalogue.cell_file(name, 1, "in").parent
    cells.mkdir(exist_ok=True)
    for old in cells.glob(f"{name}.*"):
        old.unlink()
    for path, text in views(notebook, name).items():
        path.write_text(text, "utf-8")
        print(path.relative_to(catalogue.ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    recording = commands.add_parser("record", help="execute and record")
    recording.add_argument("names", nargs="*")
    executing = commands.add_parser("execute", help="execute into a file")
    executing.add_argument("name", choices=catalogue.notebook_names())
    executing.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        for name in args.names or catalogue.notebook_names():
            record(name)
        return
    with tempfile.TemporaryDirectory() as folder:
        nbformat.write(execute(args.name, folder), args.file)


if __name__ == "__main__":
    sys.exit(main())
