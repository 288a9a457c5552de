"""One results file per run: which interpreter made it, and how the charts
and tables name it.

A run is named by the catalogue's tag of its interpreter ("py313",
"py313t"), with "-gil" when a free-threaded build ran with the GIL turned
back on (PYTHON_GIL=1). Its results are results/NAME.json in the output
folder; charts and tables are drawn from every file there.
"""

import json
import sys
import sysconfig

from .. import _catalogue as catalogue

FOLDER = "results"


def label():
    """This interpreter's label in the catalogue: "3.13", "3.13t"."""
    free = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    major, minor = sys.version_info[:2]
    return f"{major}.{minor}" + ("t" if free else "")


def run_name(machine):
    """The name of this run's results file, from its machine record."""
    name = catalogue.tag(machine["label"])
    if machine["free_threaded_build"] and machine["gil_enabled"]:
        name += "-gil"
    return name


def run_label(results):
    """How a chart names a run: "3.13", "3.13t (no GIL)",
    "3.13t (PYTHON_GIL=1)"."""
    machine = results["machine"]
    if not machine["free_threaded_build"]:
        return machine["label"]
    state = "PYTHON_GIL=1" if machine["gil_enabled"] else "no GIL"
    return f"{machine['label']} ({state})"


def order(name):
    """Sort key of a run name: by version, the GIL build first."""
    tag, _, suffix = name.partition("-")
    digits = tag.removeprefix("py").rstrip("t")
    return (int(digits[0]), int(digits[1:]), tag.endswith("t"), suffix)


def load_all(folder):
    """{run name: results} of every results file in folder/results, in
    version order."""
    files = sorted(
        (folder / FOLDER).glob("*.json"), key=lambda p: order(p.stem)
    )
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in files
    }


def write(results, folder):
    """Write results/NAME.json for this run; return its path."""
    (folder / FOLDER).mkdir(parents=True, exist_ok=True)
    path = folder / FOLDER / f"{run_name(results['machine'])}.json"
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return path
