"""Markdown tables of the results, for the page to include as they are."""

from . import registry
from .formatting import markdown


def machine_table(results):
    """What ran the benchmarks, and when: one property per row."""
    machine, run = results["machine"], results["run"]
    build = "free-threaded" if machine["free_threaded_build"] else "default"
    gil = "enabled" if machine["gil_enabled"] else "disabled"
    load = run["load_average_1min"]
    rows = [
        ["logical CPUs (`os.cpu_count()`)", machine["cpu_count"]],
        ["CPUs usable by the run (affinity)", machine["usable_cpus"]],
        ["processor", machine["processor"] or "unknown"],
        [
            "Python",
            f"{machine['python_implementation']} "
            f"{machine['python_version']}, {build} build, "
            f"GIL {gil}",
        ],
        ["`sys.version`", f"`{machine['python_build']}`"],
        ["platform", machine["platform"]],
        ["default start method", machine["default_start_method"]],
        [
            "start methods measured",
            ", ".join(
                results["benchmarks"]
                .get("startup", {})
                .get("parameters", {})
                .get("start_methods", [])
            )
            or "none",
        ],
        ["date (UTC)", run["date"]],
        ["run", "quick" if run["quick"] else "full"],
        ["bench duration", f"{run['duration_s']:.0f} s"],
        [
            "load average (1 min), before / after",
            f"{load['before']} / {load['after']}",
        ],
    ]
    return markdown(["property", "value"], rows)


def render(results):
    """{file name: Markdown table} for the run in `results`."""
    tables = {"machine.md": machine_table(results)}
    for name, bench in results["benchmarks"].items():
        tables[f"{name}.md"] = registry.named(name).table(bench)
    return tables
