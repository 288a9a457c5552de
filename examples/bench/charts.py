"""SVG charts of the results, one light and one dark variant per benchmark.

Drawn with matplotlib's object API (no pyplot, no GUI backend). Text stays
text in the SVG (svg.fonttype "none"): no font files, no web fonts, and the
browser draws it with a local sans-serif font.
"""

import io
import re

from . import registry, shown, startup
from .measure import speedup
from .runs import run_label as runs_label

DOCTYPE = re.compile(r"<!DOCTYPE[^>]*>\n")

THEMES = {  # colours readable on Material's white and slate backgrounds
    "light": {
        "text": "#1f2328",
        "grid": "#d0d7de",
        "serial": "#57606a",
        "threads": "#0969da",
        "freethreaded": "#1a7f37",
        "gilback": "#bf3989",
        "processes": "#bc4c00",
        "spawn": "#7d4e00",
        "forkserver": "#cf222e",
        "interpreters": "#8250df",
        "extra": "#9a6700",
    },
    "dark": {
        "text": "#e6edf3",
        "grid": "#3d444d",
        "serial": "#9198a1",
        "threads": "#58a6ff",
        "freethreaded": "#3fb950",
        "gilback": "#db61a2",
        "processes": "#f0883e",
        "spawn": "#e3b341",
        "forkserver": "#ff7b72",
        "interpreters": "#a371f7",
        "extra": "#d29922",
    },
}
MARKERS = {
    "threads": "o",
    "freethreaded": "D",
    "gilback": "v",
    "processes": "s",
    "spawn": "<",
    "forkserver": ">",
    "interpreters": "P",
    "extra": "^",
}
# Dashed: the GIL turned back on; the start methods other than fork.
LINESTYLES = {"gilback": "--", "spawn": "-.", "forkserver": (0, (1, 1.5))}
STYLE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "examples.bench",  # stable ids from run to run
    "font.family": "sans-serif",
    "font.size": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def write_all(runs, folder):
    """Write NAME-light.svg and NAME-dark.svg per charted benchmark, from
    the results of every run in `runs`; return their names.

    Raises ImportError, before writing anything, without matplotlib.
    """
    from matplotlib import rc_context

    names = {
        name for results in runs.values() for name in results["benchmarks"]
    }
    written = []
    for benchmark in registry.BENCHMARKS:
        if benchmark.name not in names or benchmark.chart is None:
            continue
        for theme in THEMES:
            with rc_context(themed(STYLE, THEMES[theme])):
                figure = draw(benchmark, runs, THEMES[theme])
                svg = svg_text(figure)
            path = folder / f"{benchmark.name}-{theme}.svg"
            path.write_text(svg, encoding="utf-8")
            written.append(path.name)
    return written


def svg_text(figure):
    """The figure as SVG that names no outside URL but its namespaces.

    No date, so a rerun on the same results gives the same file; no
    creator or Dublin Core metadata, and no DOCTYPE line (its DTD address
    is never fetched, but it is one more outside URL in the file).
    """
    out = io.StringIO()
    figure.savefig(
        out,
        format="svg",
        transparent=True,
        metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
    )
    return DOCTYPE.sub("", out.getvalue(), count=1)


def themed(style, colours):
    return {
        **style,
        "text.color": colours["text"],
        "axes.labelcolor": colours["text"],
        "axes.edgecolor": colours["text"],
        "xtick.color": colours["text"],
        "ytick.color": colours["text"],
        "grid.color": colours["grid"],
        "legend.frameon": False,
    }


def draw(benchmark, runs, colours):
    """The chart of `benchmark`, from the runs that measured it."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.2, 4.8), layout="constrained")
    axes = figure.add_subplot()
    axes.grid(True, linewidth=0.6)
    axes.set_axisbelow(True)
    have = {r: v for r, v in runs.items() if benchmark.name in v["benchmarks"]}
    match benchmark.chart:
        case "scaling":
            repeats = speedup_lines(axes, benchmark, have, colours)
        case "bars":
            repeats = worker_bars(axes, have, colours)
        case "lines":
            repeats = log_log_lines(axes, benchmark, have, colours)
        case "races":
            repeats = race_bars(axes, benchmark, have, colours)
        case kind:
            raise ValueError(f"{benchmark.name}: no chart kind {kind!r}")
    x_label, y_label = benchmark.axis_labels
    axes.set_xlabel(x_label)
    axes.set_ylabel(y_label)
    figure.suptitle(chart_title(benchmark, have, repeats))
    return figure


def chart_title(benchmark, runs, repeats):
    """The benchmark's title, then the machine and how it was measured."""
    first = next(iter(runs.values()))
    machine = first["machine"]
    how = (
        f"{repeats} runs each"
        if benchmark.chart == "races"
        else f"median of {repeats} runs, whiskers from min to max"
    )
    return (
        f"{first['benchmarks'][benchmark.name]['title']}\n"
        f"{machine['usable_cpus']} CPUs, CPython: {how}"
    )


def plain_numbers(axis):
    """Tick labels 0.1, 1, 10 instead of powers of ten."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))


def first_series(bench):
    """The points of the first series in `bench`."""
    return next(iter(bench["series"].values()))


def medians_and_whiskers(points):
    """Medians in ms, and the lengths of their whiskers down to the min and
    up to the max, as matplotlib's errorbar takes them."""
    mids = [p["median"] * 1000 for p in points]
    whiskers = [
        [(p["median"] - p["min"]) * 1000 for p in points],
        [(p["max"] - p["median"]) * 1000 for p in points],
    ]
    return mids, whiskers


def speedup_lines(axes, benchmark, runs, colours):
    """Speedup of each shown series over the serial loop of its own run,
    per worker count; returns the repeats behind each point.

    Serial is 1×. The ideal is n× for n workers: up to the CPUs for
    computation; past them, on a log y axis, for waits.
    """
    picked = shown.scaling_series(runs, benchmark.name)
    cpus = next(iter(runs.values()))["machine"]["usable_cpus"]
    counts = [p["x"] for p in picked[0].baseline]
    past_cpus = benchmark.speedup_past_cpus
    ideal = [n if past_cpus else min(n, cpus) for n in counts]
    axes.plot(
        counts,
        ideal,
        linestyle=":",
        color=colours["serial"],
        linewidth=2,
        label="ideal",
    )
    axes.axhline(
        1,
        linestyle="--",
        color=colours["serial"],
        linewidth=1.2,
        label="serial, each interpreter (1×)",
    )
    for item in picked:
        mids, lows, highs = zip(
            *(
                speedup(s, p)
                for s, p in zip(item.baseline, item.points, strict=True)
            ),
            strict=True,
        )
        axes.errorbar(
            counts,
            mids,
            yerr=[
                [m - lo for m, lo in zip(mids, lows, strict=True)],
                [hi - m for m, hi in zip(mids, highs, strict=True)],
            ],
            color=colours[item.colour],
            marker=MARKERS[item.colour],
            linestyle=LINESTYLES.get(item.colour, "-"),
            capsize=4,
            linewidth=2,
            label=item.label,
        )
    axes.set_xscale("log", base=2)
    axes.set_xticks(counts, [str(n) for n in counts])
    if past_cpus:
        axes.set_yscale("log", base=2)
        axes.set_yticks(counts, [str(n) for n in counts])
    else:
        axes.set_ylim(bottom=0)
    axes.minorticks_off()
    axes.figure.legend(loc="outside lower center", ncols=2)
    return picked[0].points[0]["repeats"]


def worker_bars(axes, runs, colours):
    """One bar per kind of worker, median with min-max whiskers, log x.

    Each bar in its kind's colour; a first start (which also starts a
    server) hatched. Returns the repeats behind most bars.
    """
    bars_shown = shown.startup_bars(runs, startup.SERIES)
    labels = [label for label, _, _ in bars_shown]
    points = [point for _, _, point in bars_shown]
    mids, whiskers = medians_and_whiskers(points)
    bars = axes.barh(
        labels,
        mids,
        xerr=whiskers,
        color=[colours[colour] for _, colour, _ in bars_shown],
        error_kw={"ecolor": colours["text"], "capsize": 4},
    )
    for bar, label in zip(bars, labels, strict=True):
        if "first" in label:
            bar.set_hatch("//")
            bar.set_alpha(0.6)
    axes.bar_label(
        bars,
        labels=[f"{m:.3g} ms" for m in mids],
        padding=6,
        color=colours["text"],
    )
    axes.set_xscale("log")
    plain_numbers(axes.xaxis)
    axes.invert_yaxis()  # first kind at the top, as in the table
    axes.grid(False, axis="y")
    axes.margins(x=0.25)
    return max(p["repeats"] for p in points)


def log_log_lines(axes, benchmark, runs, colours):
    """Each shown series' median time per x, with min-max whiskers,
    log-log. Returns the repeats behind each point."""
    picked = shown.transfer_series(runs, benchmark.series, benchmark.colours)
    for item in picked:
        mids, whiskers = medians_and_whiskers(item.points)
        axes.errorbar(
            [p["x"] for p in item.points],
            mids,
            yerr=whiskers,
            color=colours[item.colour],
            marker=MARKERS[item.colour],
            capsize=4,
            linewidth=2,
            label=item.label,
        )
    axes.set_xscale("log")
    axes.set_yscale("log")
    xs = [p["x"] for p in picked[0].points]
    axes.set_xticks(xs, [benchmark.format_x(x) for x in xs])
    axes.minorticks_off()
    plain_numbers(axes.yaxis)
    axes.figure.legend(loc="outside lower center", ncols=2)
    return picked[0].points[0]["repeats"]


RACE_COLOURS = ("threads", "freethreaded", "gilback", "processes", "extra")


def race_bars(axes, benchmark, runs, colours):
    """Per pattern, one bar per run: the share of runs that lost any
    update, labelled with it. Returns the runs per pattern."""
    picked = shown.runs_of(runs, benchmark.name, shown.RACE_RUNS)
    patterns = list(benchmark.series)
    width = 0.8 / len(picked)
    repeats = 0
    for index, run in enumerate(picked):
        series = runs[run]["benchmarks"][benchmark.name]["series"]
        points = [series[pattern][0] for pattern in patterns]
        shares = [100 * p["runs_with_loss"] / p["repeats"] for p in points]
        repeats = points[0]["repeats"]
        colour = colours[RACE_COLOURS[index % len(RACE_COLOURS)]]
        bars = axes.bar(
            [
                i + (index - (len(picked) - 1) / 2) * width
                for i in range(len(patterns))
            ],
            shares,
            width,
            color=colour,
            label=runs_label(runs[run]),
        )
        axes.bar_label(
            bars,
            labels=[f"{s:.0f}%" for s in shares],
            padding=3,
            color=colours["text"],
        )
    axes.set_xticks(
        range(len(patterns)), [p.replace(", ", ",\n") for p in patterns]
    )
    axes.set_ylim(0, 115)
    axes.grid(False, axis="x")
    axes.figure.legend(loc="outside lower center", ncols=3)
    return repeats
