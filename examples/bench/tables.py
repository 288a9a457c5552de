"""Markdown tables of the results, for the page to include as they are."""

from .measure import speedup


def number(value):
    """About three significant digits, no exponent: 0.0247, 1.59, 512."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def milliseconds(point):
    """'median (min–max)' of a measurement, in milliseconds."""
    low, mid, high = (point[k] * 1000 for k in ("min", "median", "max"))
    return f"{number(mid)} ({number(low)}–{number(high)})"


def times_faster(serial, point):
    mid, low, high = speedup(serial, point)
    return f"{mid:.2f}× ({low:.2f}–{high:.2f})"


def size_label(size):
    for unit, scale in (("MB", 10**6), ("KB", 10**3)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} B"


def markdown(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(map(str, row)) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def scaling_table(bench, first_column):
    series = bench["series"]
    rows = []
    for serial, threads, processes in zip(
        series["serial"], series["threads"], series["processes"], strict=True
    ):
        rows.append(
            [
                serial["x"],
                milliseconds(serial),
                milliseconds(threads),
                times_faster(serial, threads),
                milliseconds(processes),
                times_faster(serial, processes),
            ]
        )
    return markdown(
        [
            first_column,
            "serial (ms)",
            "threads (ms)",
            "threads: speedup",
            "processes (ms)",
            "processes: speedup",
        ],
        rows,
    )


def startup_table(bench):
    rows = [
        [
            point["x"],
            number(point["median"] * 1000),
            number(point["min"] * 1000),
            number(point["max"] * 1000),
            point["repeats"],
        ]
        for point in bench["series"]["start and join"]
    ]
    return markdown(
        ["worker", "median (ms)", "min (ms)", "max (ms)", "repeats"], rows
    )


def transfer_table(bench):
    series = bench["series"]
    pipe, shared, local = (
        series[name]
        for name in (
            "pickle + Pipe",
            "SharedMemory",
            "pickle only (no transfer)",
        )
    )
    rows = []
    for by_pipe, by_shared, alone in zip(pipe, shared, local, strict=True):
        size = by_pipe["x"]
        rows.append(
            [
                size_label(size),
                milliseconds(by_pipe),
                rate(size, by_pipe),
                milliseconds(by_shared),
                rate(size, by_shared),
                milliseconds(alone),
            ]
        )
    return markdown(
        [
            "payload",
            "pickle + Pipe (ms)",
            "pickle + Pipe (MB/s)",
            "SharedMemory (ms)",
            "SharedMemory (MB/s)",
            "pickle only, no transfer (ms)",
        ],
        rows,
    )


def rate(size, point):
    """Megabytes (10⁶ bytes) per second at the median time."""
    return number(size / point["median"] / 1e6)


def machine_table(results):
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
    makers = {
        "cpu": lambda b: scaling_table(b, "workers"),
        "io": lambda b: scaling_table(b, "waits"),
        "hashlib": lambda b: scaling_table(b, "workers"),
        "startup": startup_table,
        "transfer": transfer_table,
    }
    tables = {"machine.md": machine_table(results)}
    for name, bench in results["benchmarks"].items():
        tables[f"{name}.md"] = makers[name](bench)
    return tables
