"""SVG charts of the results, one light and one dark variant per benchmark.

Drawn with matplotlib's object API (no pyplot, no GUI backend). Text stays
text in the SVG (svg.fonttype "none"): no font files, no web fonts, and the
browser draws it with a local sans-serif font.
"""

import io
import re

from . import registry
from .measure import speedup

DOCTYPE = re.compile(r"<!DOCTYPE[^>]*>\n")

THEMES = {  # colours readable on Material's white and slate backgrounds
    "light": {
        "text": "#1f2328",
        "grid": "#d0d7de",
        "serial": "#57606a",
        "threads": "#0969da",
        "processes": "#bc4c00",
        "extra": "#1a7f37",
    },
    "dark": {
        "text": "#e6edf3",
        "grid": "#3d444d",
        "serial": "#9198a1",
        "threads": "#58a6ff",
        "processes": "#f0883e",
        "extra": "#3fb950",
    },
}
MARKERS = {"threads": "o", "processes": "s", "extra": "^"}
STYLE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "examples.bench",  # stable ids from run to run
    "font.family": "sans-serif",
    "font.size": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def write_all(results, folder):
    """Write NAME-light.svg and NAME-dark.svg per benchmark; their names.

    Raises ImportError, before writing anything, without matplotlib.
    """
    from matplotlib import rc_context

    written = []
    for name, bench in results["benchmarks"].items():
        benchmark = registry.named(name)
        for theme in THEMES:
            with rc_context(themed(STYLE, THEMES[theme])):
                figure = draw(benchmark, bench, results, THEMES[theme])
                svg = svg_text(figure)
            path = folder / f"{name}-{theme}.svg"
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


def draw(benchmark, bench, results, colours):
    """The chart of `benchmark`, whose results are `bench`."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.2, 4.6), layout="constrained")
    axes = figure.add_subplot()
    axes.grid(True, linewidth=0.6)
    axes.set_axisbelow(True)
    match benchmark.chart:
        case "scaling":
            cpus = results["machine"]["usable_cpus"]
            speedup_lines(axes, benchmark, bench, colours, cpus)
        case "bars":
            worker_bars(axes, benchmark, bench, colours)
        case "lines":
            log_log_lines(axes, benchmark, bench, colours)
        case kind:
            raise ValueError(f"{benchmark.name}: no chart kind {kind!r}")
    x_label, y_label = benchmark.axis_labels
    axes.set_xlabel(x_label)
    axes.set_ylabel(y_label)
    figure.suptitle(chart_title(bench, results))
    return figure


def chart_title(bench, results):
    """The benchmark's title, then the machine and how it was measured."""
    machine = results["machine"]
    return (
        f"{bench['title']}\n{machine['python_implementation']} "
        f"{machine['python_version']}, {machine['usable_cpus']} CPUs: "
        f"median of {first_series(bench)[0]['repeats']} runs, "
        f"whiskers from min to max"
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


def speedup_lines(axes, benchmark, bench, colours, cpus):
    """Speedup of each series over the first, per worker count.

    The first (serial) is 1×. The ideal is n× for n workers: up to the
    CPUs for computation; past them, on a log y axis, for waits.
    """
    baseline, *compared = benchmark.series
    baseline_colour, *compared_colours = benchmark.colours
    series = bench["series"]
    counts = [p["x"] for p in series[baseline]]
    past_cpus = benchmark.speedup_past_cpus
    ideal = [n if past_cpus else min(n, cpus) for n in counts]
    axes.plot(
        counts,
        ideal,
        linestyle=":",
        color=colours[baseline_colour],
        linewidth=2,
        label="ideal",
    )
    axes.axhline(
        1,
        linestyle="--",
        color=colours[baseline_colour],
        linewidth=1.2,
        label=f"{baseline} (1×)",
    )
    for way, colour in zip(compared, compared_colours, strict=True):
        mids, lows, highs = zip(
            *(
                speedup(s, p)
                for s, p in zip(series[baseline], series[way], strict=True)
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
            color=colours[colour],
            marker=MARKERS[colour],
            capsize=4,
            linewidth=2,
            label=way,
        )
    axes.set_xscale("log", base=2)
    axes.set_xticks(counts, [str(n) for n in counts])
    if past_cpus:
        axes.set_yscale("log", base=2)
        axes.set_yticks(counts, [str(n) for n in counts])
    else:
        axes.set_ylim(bottom=0)
    axes.minorticks_off()
    axes.figure.legend(loc="outside lower center", ncols=4)


def worker_bars(axes, benchmark, bench, colours):
    """One bar per kind of worker, median with min-max whiskers, log x.

    The thread in the threads' colour, processes in the processes'; a
    first start (which also starts a server) hatched.
    """
    points = bench["series"][benchmark.series[0]]
    labels = [p["x"] for p in points]
    mids, whiskers = medians_and_whiskers(points)
    fill = [
        colours["threads"] if label == "thread" else colours["processes"]
        for label in labels
    ]
    bars = axes.barh(
        labels,
        mids,
        xerr=whiskers,
        color=fill,
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


def log_log_lines(axes, benchmark, bench, colours):
    """Each series' median time per x, with min-max whiskers, log-log."""
    for name, colour in zip(benchmark.series, benchmark.colours, strict=True):
        points = bench["series"][name]
        mids, whiskers = medians_and_whiskers(points)
        axes.errorbar(
            [p["x"] for p in points],
            mids,
            yerr=whiskers,
            color=colours[colour],
            marker=MARKERS[colour],
            capsize=4,
            linewidth=2,
            label=name,
        )
    axes.set_xscale("log")
    axes.set_yscale("log")
    xs = [p["x"] for p in first_series(bench)]
    axes.set_xticks(xs, [benchmark.format_x(x) for x in xs])
    axes.minorticks_off()
    plain_numbers(axes.yaxis)
    axes.figure.legend(loc="outside lower center", ncols=4)
