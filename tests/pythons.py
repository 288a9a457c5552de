"""The CPythons the examples are verified on, where each is installed, and what each defaults to.

`python tests/pythons.py` prints `LABEL PATH` per interpreter, for `make matrix`.
A label is the version, with `t` for a free-threaded build: `3.13t`.
"""

import functools
import re
import subprocess
import sys
from pathlib import Path

# Installed by scripts/install-pythons.sh (`make pythons`), outside the work tree.
INSTALLED = Path("/opt/verified-guide/pythons")
PYENV = Path.home() / ".pyenv" / "versions"
MATRIX = ("3.11", "3.12", "3.13", "3.13t", "3.14", "3.15")
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


def path(label):
    """Where the interpreter of `label` is installed on this machine (it may be missing)."""
    if label == "3.13t":
        return INSTALLED / "3.13t" / "bin" / "python3.13t"
    if version(label) >= (3, 14):
        return INSTALLED / label / "usr" / "bin" / f"python{label}"
    found = sorted(PYENV.glob(f"{label}.*/bin/python3"), key=lambda p: [int(n) for n in p.parts[-3].split(".")])
    return found[-1] if found else PYENV / f"{label}.missing" / "bin" / "python3"


@functools.cache
def label_of(python):
    """The label of an interpreter: its version, with `t` when the GIL is disabled in the build."""
    code = "import sys, sysconfig; print('%d.%d' % sys.version_info[:2] + ('t' if sysconfig.get_config_var('Py_GIL_DISABLED') else ''))"
    return subprocess.run([python, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def tag(label):
    """The tag of recorded outputs that hold from this version on: "py314", "py313t"."""
    return "py" + label.replace(".", "")


def describe(labels):
    """Labels as a page names them: "Python 3.11-3.13, 3.13t" (runs of GIL builds as ranges)."""
    gil = [label for label in MATRIX if not free_threaded(label)]
    runs = []
    for label in (label for label in gil if label in labels):
        if runs and gil.index(runs[-1][-1]) + 1 == gil.index(label):
            runs[-1].append(label)
        else:
            runs.append([label])
    parts = [part for run in runs for part in ([f"{run[0]}-{run[-1]}"] if len(run) > 2 else run)]
    parts += [label for label in MATRIX if label in labels and free_threaded(label)]
    return "Python " + ", ".join(parts)


def parse(description):
    """The labels that a description such as "Python 3.11-3.13, 3.13t" or "Python 3.14+" names."""
    text = description.removeprefix("Python ").strip()
    labels = set()
    for part in (p.strip() for p in text.split(",")):
        if m := re.fullmatch(r"(\d+\.\d+)-(\d+\.\d+)", part):
            low, high = version(m[1]), version(m[2])
            labels |= {x for x in MATRIX if not free_threaded(x) and low <= version(x) <= high}
        elif m := re.fullmatch(r"(\d+\.\d+)\+", part):
            labels |= {x for x in MATRIX if not free_threaded(x) and version(x) >= version(m[1])}
        elif part in MATRIX:
            labels.add(part)
        else:
            raise ValueError(f"{description!r}: {part!r} names no interpreter of the matrix {MATRIX}")
    return labels


if __name__ == "__main__":
    for label in sys.argv[1:] or MATRIX:
        print(label, path(label))
