"""What the project knows about its examples, in one place.

The examples and their summaries; the pages that show them; the start methods and the
environment a run gets; the CPython versions they are verified on; what each example needs
and the failures it declares; and what each prints, recorded per version and start method
in examples/output/ (read and written here). `python -m examples`, the MkDocs hooks, the
tests and the output recorder all read it.

Standard library only, so that it works from a clone and from an installed copy, on every
CPython the tests run (3.11 to 3.15, and the free-threaded 3.13t).
"""

import ast
import functools
import multiprocessing
import os
import re
import sys
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
# The pages live next to the package in a clone or an editable install; a wheel has none.
DOCS = ROOT / "docs"
OUTPUT = PACKAGE / "output"
FAILURES = PACKAGE / "failures.toml"
REQUIREMENTS = PACKAGE / "requirements.toml"

# --- the examples and the pages that show them -----------------------------------------

# An include line of pymdownx.snippets: `--8<-- "examples/hello_thread.py"`.
INCLUDE = re.compile(
    r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<target>[^"]+)"[ \t]*$', re.MULTILINE
)
# The target of an include that shows a whole example: a module of the package, not a
# private one (`_catalogue`) and not a section of a file (`NAME.py:part`).
WHOLE_EXAMPLE = re.compile(r"examples/(?P<name>[a-z]\w*)\.py")
PROCESS_WORDS = re.compile(
    r"\b(multiprocessing|ProcessPoolExecutor|InterpreterPoolExecutor|interpreters|distributed)\b"
)


def example_names():
    """Every example: the package's modules, except private ones (`_name`)."""
    return sorted(
        p.stem for p in PACKAGE.glob("*.py") if not p.name.startswith("_")
    )


# Notebooks (NOTEBOOKS/NAME.ipynb), with the modules their cells import beside them. The
# folder is not a package: its modules are a notebook's companions, not examples, and
# `example_names` does not list them. What a page shows of a notebook is written by
# `python -m support.notebooks` (tests/) from the executed notebook: each code cell's
# source and outputs, in `cells/`.
NOTEBOOKS = PACKAGE / "notebook"


def notebook_names():
    """Every notebook, by the name of its file."""
    return sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))


def notebook_path(name):
    return NOTEBOOKS / f"{name}.ipynb"


def cell_file(name, number, kind):
    """What a page includes of code cell `number` (from 1) of a notebook: its source
    (`kind` "in") or its outputs ("out")."""
    return NOTEBOOKS / "cells" / f"{name}.{number}.{kind}.txt"


def source_path(name):
    return PACKAGE / f"{name}.py"


def summary(name):
    """The first line of the example's docstring, or "-"; read from the source, because
    importing an example can run it (one has no `__main__` guard on purpose)."""
    docstring = ast.get_docstring(
        ast.parse(source_path(name).read_text("utf-8"))
    )
    return docstring.splitlines()[0] if docstring else "-"


def imports_its_main_again(name):
    """Whether example `name` may run code in another interpreter that imports its main
    module again (spawn, the fork server, subinterpreters, Dask's workers): it names
    multiprocessing, a process or interpreter pool, or Dask's `distributed`. Read from
    the text, so a mention in a comment counts too: rather a check too many than one
    too few."""
    return bool(PROCESS_WORDS.search(source_path(name).read_text("utf-8")))


# Examples whose processes start by a method of their own choosing: Dask's workers start
# with the method of its setting `distributed.worker.multiprocessing-method` (spawn unless
# configured), whatever Python's default is (tests/test_dask.py checks the setting).
OWN_START_METHOD = frozenset({"dask_same_futures_code"})


def start_method_matters(name):
    """Whether the start method can change what example `name` does: it may start
    processes through multiprocessing (`imports_its_main_again`), not only through a
    library that chooses its own method (OWN_START_METHOD), and may do so by the default
    method (`uses_the_default_start_method`). An example that is not
    `imports_its_main_again` must not import multiprocessing at all: its runs check that
    (`run_environment(..., starts_no_process=True)`)."""
    return (
        imports_its_main_again(name)
        and name not in OWN_START_METHOD
        and uses_the_default_start_method(source_path(name).read_text("utf-8"))
    )


def uses_the_default_start_method(source):
    """Whether a program may start a process by multiprocessing's default start method.

    Read from its code, and on the safe side: it does not when every process it starts
    comes from a context it names (`multiprocessing.get_context("spawn")`, or
    `get_context(method)` in a loop over methods; passed on as a `ProcessPoolExecutor`'s
    `mp_context`), it imports nothing but the standard library, and it runs no other
    Python through `subprocess`. Then the default, which the tests set from outside,
    cannot change what it does. A name this reading cannot follow (`import
    multiprocessing as mp`, `get_context` or `ProcessPoolExecutor` used other than in
    such a call) counts as a use of the default."""
    tree = ast.parse(source)
    named = {
        id(node.func)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _names_its_start_method(node)
    }
    return any(_may_use_the_default(node, named) for node in ast.walk(tree))


# multiprocessing's names that neither start a process nor read the start method.
STARTS_NOTHING = frozenset(
    {
        "get_context",
        "cpu_count",
        "current_process",
        "parent_process",
        "active_children",
    }
)
# Names that give a process its start method only in a call that names the method.
CHOOSERS = frozenset({"get_context", "ProcessPoolExecutor"})


def _names_its_start_method(call):
    """`get_context(method)` with a method, or `ProcessPoolExecutor(..., mp_context=...)`;
    a literal None names none (both then take the default)."""
    keywords = {keyword.arg: keyword.value for keyword in call.keywords}
    called = _name(call.func)
    if called == "get_context":
        chosen = call.args[0] if call.args else keywords.get("method")
    elif called == "ProcessPoolExecutor":
        chosen = keywords.get("mp_context")
    else:
        return False
    return chosen is not None and not (
        isinstance(chosen, ast.Constant) and chosen.value is None
    )


def _name(node):
    """The name a Name or an Attribute node refers to (`x`, `module.x`: "x")."""
    return getattr(node, "id", getattr(node, "attr", None))


def _may_use_the_default(node, named):
    """Whether one node of a program's syntax tree may start a process by the default;
    `named`: the ids of the calls' callees that name their start method."""
    if isinstance(node, ast.Import):
        return any(
            _unread(alias.name)
            or (alias.name == "multiprocessing" and alias.asname)
            for alias in node.names
        )
    if isinstance(node, ast.ImportFrom):
        module = node.module or ""
        return (
            _unread(module)
            or any(
                alias.name in CHOOSERS and alias.asname for alias in node.names
            )
            or (
                module == "multiprocessing"
                and any(
                    alias.asname or alias.name not in STARTS_NOTHING
                    for alias in node.names
                )
            )
        )
    if isinstance(node, (ast.Name, ast.Attribute)) and _name(node) in CHOOSERS:
        return id(node) not in named
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "multiprocessing"
        and node.attr not in STARTS_NOTHING
    )


def _unread(module):
    """A module whose use of processes this reading cannot see: one outside the standard
    library, a part of multiprocessing, or subprocess (the other Python's code is a
    string)."""
    top = module.split(".")[0]
    return (
        top not in sys.stdlib_module_names
        or top == "subprocess"
        or module.startswith("multiprocessing.")
    )


def example_shown(code):
    """The example a code block shows, when its whole text is one include of an example
    file (`--8<-- "examples/NAME.py"`); otherwise None."""
    match = INCLUDE.fullmatch(code.strip("\n"))
    whole = match and WHOLE_EXAMPLE.fullmatch(match["target"])
    return whole["name"] if whole else None


def examples_included(markdown):
    """The examples a page's Markdown includes whole, in order (repeats kept)."""
    return [
        m["name"]
        for target in INCLUDE.finditer(markdown)
        if (m := WHOLE_EXAMPLE.fullmatch(target["target"]))
    ]


def pages_by_example():
    """For each example, the pages (`docs/...md`) that include it; empty without docs/."""
    found = {}
    for page in sorted(DOCS.rglob("*.md")):
        for name in examples_included(page.read_text("utf-8")):
            where, pages = (
                page.relative_to(ROOT).as_posix(),
                found.setdefault(name, []),
            )
            if where not in pages:
                pages.append(where)
    return found


# --- start methods and the environment of a run ---------------------------------------

START_METHODS = ("fork", "spawn", "forkserver")
# A sitecustomize that sets the start method from EXAMPLE_START_METHOD, so that no example
# is edited to choose one (and checks EXAMPLE_STARTS_NO_PROCESS); the tests and
# `python -m examples run` put it on PYTHONPATH.
START_METHOD_HOOK = PACKAGE / "_start_method"


def available_start_methods():
    """The start methods this platform offers, in the order the tests use them."""
    offered = multiprocessing.get_all_start_methods()
    return [method for method in START_METHODS if method in offered]


def run_environment(start_method, base=None, starts_no_process=False):
    """The environment of an example's run: `base` (default: this process's), with the start
    method set from outside (None: the interpreter's default) and a ResourceWarning printed
    for every unclosed file, socket or pipe. `starts_no_process`: the hook then reports, on
    stderr at exit, a run that imported multiprocessing (the start method mattered)."""
    env = {
        key: value
        for key, value in (os.environ if base is None else base).items()
    }
    env.pop("EXAMPLE_START_METHOD", None)
    env.pop("EXAMPLE_STARTS_NO_PROCESS", None)
    if start_method:
        env["EXAMPLE_START_METHOD"] = start_method
    if starts_no_process:
        env["EXAMPLE_STARTS_NO_PROCESS"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(START_METHOD_HOOK), env.get("PYTHONPATH")])
    )
    env["PYTHONWARNINGS"] = ",".join(
        filter(None, [env.get("PYTHONWARNINGS"), "always::ResourceWarning"])
    )
    return env


# --- the CPythons the examples are verified on ----------------------------------------

# A label is the version, with `t` for a free-threaded build: "3.13t". Oldest first.
VERSIONS = ("3.11", "3.12", "3.13", "3.13t", "3.14", "3.15")
# The default start method on Linux: fork up to 3.13, forkserver from 3.14 (What's New in
# Python 3.14, "multiprocessing"). The tests check each interpreter against this table.
DEFAULT_START_METHOD = {
    "3.11": "fork",
    "3.12": "fork",
    "3.13": "fork",
    "3.13t": "fork",
    "3.14": "forkserver",
    "3.15": "forkserver",
}


def version(label):
    """(major, minor) of a label."""
    major, minor = re.fullmatch(r"(\d+)\.(\d+)t?", label).groups()
    return int(major), int(minor)


def free_threaded(label):
    return label.endswith("t")


def tag(label):
    """The tag of recorded outputs that hold from this version on: "py314", "py313t"."""
    return "py" + label.replace(".", "")


def tags(label):
    """The output tags that apply to interpreter `label`, most specific first, "" last.

    A tag names the oldest version it holds for, as FastAPI's `_py310` files do: an output
    tagged `py314` holds for 3.14 and later, until a later tag; `py313t` holds for the
    free-threaded 3.13 only. Untagged output holds for every version without a tag of its own.
    """
    gil = [v for v in VERSIONS if not free_threaded(v)]
    own = version(label)
    chain = [tag(v) for v in reversed(gil) if version(v) <= own]
    if free_threaded(label):
        chain.insert(0, tag(label))
    return [*chain, ""]


# --- what examples need, and the failures they declare -------------------------------


def requirements(name, declarations=REQUIREMENTS):
    """What example `name` declares it needs (examples/requirements.toml): `modules`,
    `python` (the oldest version), `install`; empty when it needs nothing more."""
    return _declarations(declarations).get(name, {})


def oldest_version(name, declarations=REQUIREMENTS):
    """The oldest (major, minor) example `name` runs on; (0, 0) when it declares none."""
    return version(requirements(name, declarations).get("python", "0.0"))


def declared_failure(name, start_method, label, declarations=FAILURES):
    """The failure example `name` declares (examples/failures.toml) for a run on `label`
    under `start_method`, or None.

    An entry may hold tables named by tag (`[NAME.METHOD.py314]`) for versions that fail
    differently; the most specific tag that applies wins.
    """
    entry = _declarations(declarations).get(name, {}).get(start_method)
    if entry is None:
        return None
    for applying in tags(label)[:-1]:
        if applying in entry:
            return entry[applying]
    return {
        key: value
        for key, value in entry.items()
        if not isinstance(value, dict)
    }


def _declarations(path):
    """A declarations file, parsed; read again only when it changes. Shared: do not
    change it."""
    stat = Path(path).stat()
    return _parsed_toml(Path(path), stat.st_mtime_ns, stat.st_size)


@functools.cache
def _parsed_toml(path, mtime_ns, size):
    return tomllib.loads(path.read_text("utf-8"))


def fails_somewhere(name):
    """Whether example `name` declares a failure for any run: it shows one on purpose."""
    return any(
        declared_failure(name, m, label)
        for m in START_METHODS
        for label in VERSIONS
    )


# --- what examples print, recorded per version and start method -----------------------
#
# examples/output/NAME[.TAG][.METHOD].KIND, KIND one of "txt" (stdout), "stderr.txt" and
# "re" (stdout's shape where it varies, one regular expression per line). The oldest
# version's recording is untagged; a version that prints something else gets a tag (see
# `tags`); a recording shared by every start method has no METHOD.


def output_path(name, kind, tag="", start_method=None, folder=None):
    """Where an output of `kind` is recorded for a tag and start method."""
    return (folder or OUTPUT) / ".".join(
        part for part in (name, tag, start_method, kind) if part
    )


def recorded(name, kinds, start_method, label, folder=None):
    """The recorded file that holds for a run of `name` on `label` under `start_method`:
    the most specific tag first; at each tag, each of `kinds` in order, per method before
    shared; None when there is none."""
    for applying in tags(label):
        for kind in kinds:
            for method in (start_method, None):
                if (
                    path := output_path(name, kind, applying, method, folder)
                ).exists():
                    return path
    return None


def stdout_file(name, start_method, label, folder=None):
    """The recorded stdout of a run (None when there is none)."""
    return recorded(name, ["txt"], start_method, label, folder)


def pattern_file(name, label, folder=None):
    """The shape of an example's stdout where it varies, or None."""
    path = recorded(name, ["re", "txt"], None, label, folder)
    return path if path and path.suffix == ".re" else None


def stderr_file(name, start_method, label, folder=None):
    """The recorded stderr of a run declared to fail (None when there is none)."""
    return recorded(name, ["stderr.txt"], start_method, label, folder)


def remove_outputs(name, folder=None):
    """Delete the recorded stdout and stderr of `name` (its patterns stay)."""
    for path in (folder or OUTPUT).glob(f"{name}.*txt"):
        path.unlink()


def write_outputs(name, kind, per_version, folder=None):
    """Record what `name` printed: `per_version` maps a label to {start method: text}.

    Writes the fewest files that give each label its text under each method: one per
    version that differs from the one before it (a free-threaded build: from its GIL
    build), and one per start method only where the methods differ.
    """
    for applying, texts in _fewest(per_version).items():
        if len(set(texts.values())) == 1:
            output_path(name, kind, applying, None, folder).write_text(
                next(iter(texts.values())), "utf-8"
            )
        else:
            for method, text in texts.items():
                output_path(name, kind, applying, method, folder).write_text(
                    text, "utf-8"
                )


def _fewest(per_version):
    """{tag: texts}: a recording per GIL version that differs from the previous one (the
    oldest untagged), and one per free-threaded build that differs from its GIL build."""
    found, previous = {}, None
    gil = [
        label
        for label in VERSIONS
        if label in per_version and not free_threaded(label)
    ]
    for number, label in enumerate(gil):
        if number == 0 or per_version[label] != previous:
            found["" if number == 0 else tag(label)] = previous = per_version[
                label
            ]
    for label in (label for label in per_version if free_threaded(label)):
        base = label.removesuffix("t")
        if base not in per_version or per_version[label] != per_version[base]:
            found[tag(label)] = per_version[label]
    return found
