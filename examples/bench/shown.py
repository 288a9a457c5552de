"""Which series of which runs a chart and its table show.

Every run measures every way it can; a chart answers one question and
shows a few series, each named by the interpreter it came from. Where the
preferred runs are missing (a run on one interpreter, a --quick check),
it shows every series of every run it has.
"""

from dataclasses import dataclass

from .runs import run_label

# The GIL build and the free-threaded build of the same version, and the
# first version with InterpreterPoolExecutor.
GIL, FREE, FREE_WITH_GIL, POOLS = "py313", "py313t", "py313t-gil", "py314"
# Each start method's processes in a colour of their own, in every chart.
METHOD_COLOURS = {
    "fork": "processes",
    "spawn": "spawn",
    "forkserver": "forkserver",
}
WAY_COLOURS = {
    "threads": "threads",
    **{
        f"processes ({method})": colour
        for method, colour in METHOD_COLOURS.items()
    },
    "interpreters": "interpreters",
}


@dataclass(frozen=True)
class Shown:
    label: str  # "threads, 3.13t (no GIL)"
    colour: str  # its colour role in charts.THEMES
    points: list
    baseline: list | None = None  # scaling: the serial points of its run


def way_label(way):
    return "interpreter pool" if way == "interpreters" else way


# scaling: (way, run, colour)
SCALING = (
    ("threads", GIL, "threads"),
    ("threads", FREE, "freethreaded"),
    ("threads", FREE_WITH_GIL, "gilback"),
    ("processes (fork)", GIL, "processes"),
    ("processes (spawn)", GIL, "spawn"),
    ("processes (forkserver)", GIL, "forkserver"),
    ("interpreters", POOLS, "interpreters"),
)


def scaling_series(runs, name):
    """The series a scaling chart shows, each with its run's serial
    points as the baseline."""
    have = {run: r for run, r in runs.items() if name in r["benchmarks"]}
    wanted = [
        (way, run, colour)
        for way, run, colour in SCALING
        if run in have and way in have[run]["benchmarks"][name]["series"]
    ]
    if not wanted:
        wanted = [
            (way, run, WAY_COLOURS[way])
            for run, results in have.items()
            for way in results["benchmarks"][name]["series"]
            if way != "serial"
        ]
    return [
        Shown(
            label=f"{way_label(way)}, {run_label(runs[run])}",
            colour=colour,
            points=runs[run]["benchmarks"][name]["series"][way],
            baseline=runs[run]["benchmarks"][name]["series"]["serial"],
        )
        for way, run, colour in wanted
    ]


def startup_bars(runs, series):
    """(label, colour, point) per bar: every worker of the GIL build's
    run, and the subinterpreter of the first run that has one."""
    base = runs_of(runs, "startup", (GIL,))[0]
    bars = []
    for point in runs[base]["benchmarks"]["startup"]["series"][series]:
        kind = point["x"]  # "thread", "fork", "forkserver, first start"
        colour = {"thread": "threads", "subinterpreter": "interpreters"}.get(
            kind, METHOD_COLOURS.get(kind.split(",")[0])
        )
        bars.append((f"{kind}, {run_label(runs[base])}", colour, point))
    if not any(colour == "interpreters" for _, colour, _ in bars):
        for run in runs_of(runs, "startup", (POOLS,)):
            points = (
                runs.get(run, {})
                .get("benchmarks", {})
                .get("startup", {})
                .get("series", {})
                .get(series, [])
            )
            subs = [p for p in points if p["x"].startswith("subinterpreter")]
            if subs:
                bars += [
                    (f"{p['x']}, {run_label(runs[run])}", "interpreters", p)
                    for p in subs
                ]
                break
    return bars


def runs_of(runs, name, preferred):
    """The preferred runs that have benchmark `name`, else every run
    that has it."""
    have = [run for run in runs if name in runs[run]["benchmarks"]]
    return [run for run in preferred if run in have] or have


def transfer_series(runs, ways, colours):
    """The GIL build's ways of sending data to a process, and the
    subinterpreter ways of the first run that has them."""
    found = []
    for run in runs_of(runs, "transfer", (GIL, POOLS)):
        series = runs[run]["benchmarks"]["transfer"]["series"]
        found += [
            Shown(f"{way}, {run_label(runs[run])}", colour, series[way])
            for way, colour in zip(ways, colours, strict=True)
            if way in series
            and not any(s.label.startswith(f"{way},") for s in found)
        ]
    return found


RACE_RUNS = (GIL, FREE, FREE_WITH_GIL)
