"""Where the CPythons of the matrix (examples/_catalogue.py: VERSIONS) are on this machine,
which one an interpreter is, and how a page's tabs name them.

`python -m support.pythons [LABEL ...]` prints `LABEL PATH` per interpreter, for `make matrix`.
"""

import functools
import re
import subprocess
import sys
from pathlib import Path

from examples import _catalogue as catalogue

# Installed by scripts/install-pythons.sh (`make pythons`), outside the work tree.
INSTALLED = Path("/opt/verified-guide/pythons")
PYENV = Path.home() / ".pyenv" / "versions"


def path(label):
    """Where the interpreter of `label` is installed on this machine (it may be missing)."""
    if label == "3.13t":
        return INSTALLED / "3.13t" / "bin" / "python3.13t"
    if catalogue.version(label) >= (3, 14):
        return INSTALLED / label / "usr" / "bin" / f"python{label}"
    found = sorted(
        PYENV.glob(f"{label}.*/bin/python3"),
        key=lambda p: [int(n) for n in p.parts[-3].split(".")],
    )
    return (
        found[-1] if found else PYENV / f"{label}.missing" / "bin" / "python3"
    )


@functools.cache
def label_of(python):
    """The label of an interpreter: its version, with `t` when the GIL is disabled in the build."""
    code = "import sys, sysconfig; print('%d.%d' % sys.version_info[:2] + ('t' if sysconfig.get_config_var('Py_GIL_DISABLED') else ''))"
    return subprocess.run(
        [python, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def describe(labels):
    """Labels as a page names them: "Python 3.11-3.13, 3.13t" (runs of GIL builds as ranges)."""
    gil = [
        label
        for label in catalogue.VERSIONS
        if not catalogue.free_threaded(label)
    ]
    runs = []
    for label in (label for label in gil if label in labels):
        if runs and gil.index(runs[-1][-1]) + 1 == gil.index(label):
            runs[-1].append(label)
        else:
            runs.append([label])
    parts = [
        part
        for run in runs
        for part in ([f"{run[0]}-{run[-1]}"] if len(run) > 2 else run)
    ]
    parts += [
        label
        for label in catalogue.VERSIONS
        if label in labels and catalogue.free_threaded(label)
    ]
    return "Python " + ", ".join(parts)


def parse(description):
    """The labels that a description such as "Python 3.11-3.13, 3.13t" or "Python 3.14+" names."""
    text = description.removeprefix("Python ").strip()
    labels = set()
    for part in (p.strip() for p in text.split(",")):
        if m := re.fullmatch(r"(\d+\.\d+)-(\d+\.\d+)", part):
            low, high = catalogue.version(m[1]), catalogue.version(m[2])
            labels |= {
                x
                for x in catalogue.VERSIONS
                if not catalogue.free_threaded(x)
                and low <= catalogue.version(x) <= high
            }
        elif m := re.fullmatch(r"(\d+\.\d+)\+", part):
            labels |= {
                x
                for x in catalogue.VERSIONS
                if not catalogue.free_threaded(x)
                and catalogue.version(x) >= catalogue.version(m[1])
            }
        elif part in catalogue.VERSIONS:
            labels.add(part)
        else:
            raise ValueError(
                f"{description!r}: {part!r} names no interpreter of the matrix {catalogue.VERSIONS}"
            )
    return labels


if __name__ == "__main__":
    for label in sys.argv[1:] or catalogue.VERSIONS:
        print(label, path(label))
