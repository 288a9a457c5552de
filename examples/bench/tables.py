"""Markdown tables of the results of every run, for the pages to include
as they are."""

from . import registry
from .formatting import markdown
from .runs import run_label


def machine_table(runs):
    """The machine every run shares: one property per row."""
    machine = next(iter(runs.values()))["machine"]
    rows = [
        ["logical CPUs (`os.cpu_count()`)", machine["cpu_count"]],
        ["CPUs usable by the runs (affinity)", machine["usable_cpus"]],
        ["processor", machine["processor"] or "unknown"],
        ["platform", machine["platform"]],
    ]
    return markdown(["property", "value"], rows)


def runs_table(runs):
    """One row per run: which Python, which build, when, how loaded."""
    rows = []
    for name, results in runs.items():
        machine, run = results["machine"], results["run"]
        build = (
            "free-threaded" if machine["free_threaded_build"] else "default"
        )
        load = run["load_average_1min"]
        rows.append(
            [
                f"`results/{name}.json`",
                run_label(results),
                f"{machine['python_implementation']} {machine['python_version']}",
                build,
                "on" if machine["gil_enabled"] else "off",
                machine["default_start_method"],
                run["date"],
                "quick" if run["quick"] else "full",
                f"{run['duration_s']:.0f} s",
                f"{load['before']} / {load['after']}",
            ]
        )
    return markdown(
        [
            "results file",
            "shown as",
            "Python",
            "build",
            "GIL at run time",
            "default start method",
            "date (UTC)",
            "run",
            "duration",
            "load average (1 min), before / after",
        ],
        rows,
    )


def render(runs):
    """{file name: Markdown table} for every run in `runs`."""
    tables = {"machine.md": machine_table(runs), "runs.md": runs_table(runs)}
    names = {
        name for results in runs.values() for name in results["benchmarks"]
    }
    for benchmark in registry.BENCHMARKS:
        if benchmark.name in names:
            tables[f"{benchmark.name}.md"] = benchmark.table(
                runs, benchmark.name
            )
    return tables
