"""SVG charts of the results, one light and one dark variant per benchmark.

Drawn with matplotlib's object API (no pyplot, no GUI backend). Text stays
text in the SVG (svg.fonttype "none"): no font files, no web fonts, and the
browser draws it with a local sans-serif font.
"""

import io
import re

from .measure import speedup
from .tables import size_label

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
SPEEDUP_LABEL = "Speedup over serial (×, higher is faster)"
LABELS = {  # (x axis, y axis) per chart: each names its unit
    "cpu": ("Workers (count)", SPEEDUP_LABEL),
    "io": ("Waits, one per worker (count)", SPEEDUP_LABEL),
    "hashlib": ("Workers (count)", SPEEDUP_LABEL),
    "startup": (
        "Time to start and join one worker (ms, log scale)",
        "Worker (thread, or process by start method)",
    ),
    "transfer": (
        "Payload size (bytes, log scale)",
        "Round-trip time (ms, log scale)",
    ),
}


def write_all(results, folder):
    """Write NAME-light.svg and NAME-dark.svg per benchmark; their names.

    Raises ImportError, before writing anything, without matplotlib.
    """
    from matplotlib import rc_context

    written = []
    for name, bench in results["benchmarks"].items():
        for theme in THEMES:
            with rc_context(themed(STYLE, THEMES[theme])):
                svg = svg_text(draw(name, bench, results, THEMES[theme]))
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


def draw(name, bench, results, colours):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.2, 4.6), layout="constrained")
    axes = figure.add_subplot()
    axes.grid(True, linewidth=0.6)
    axes.set_axisbelow(True)
    x_label, y_label = LABELS[name]
    if name == "startup":
        startup_bars(axes, bench, colours)
    elif name == "transfer":
        transfer_lines(axes, bench, colours)
    else:
        # Waits scale without bound (log axes); computation up to the CPUs.
        cpus = results["machine"]["usable_cpus"]
        speedup_lines(
            axes,
            bench,
            colours,
            ideal_cap=None if name == "io" else cpus,
            log_y=name == "io",
        )
    axes.set_xlabel(x_label)
    axes.set_ylabel(y_label)
    figure.suptitle(chart_title(bench, results))
    return figure


def chart_title(bench, results):
    machine = results["machine"]
    return (
        f"{bench['title']}\n{machine['python_implementation']} "
        f"{machine['python_version']}, {machine['usable_cpus']} CPUs: "
        f"median of {first_point(bench)['repeats']} runs, "
        f"whiskers from min to max"
    )


def plain_numbers(axis):
    """Tick labels 0.1, 1, 10 instead of powers of ten."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))


def first_point(bench):
    return next(iter(bench["series"].values()))[0]


def speedup_lines(axes, bench, colours, ideal_cap, log_y):
    """Speedup of threads and processes per worker count; serial is 1×."""
    series = bench["series"]
    counts = [p["x"] for p in series["serial"]]
    ideal = [n if ideal_cap is None else min(n, ideal_cap) for n in counts]
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
        label="serial (1×)",
    )
    for way in ("threads", "processes"):
        mids, lows, highs = zip(
            *(
                speedup(s, p)
                for s, p in zip(series["serial"], series[way], strict=True)
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
            color=colours[way],
            marker=MARKERS[way],
            capsize=4,
            linewidth=2,
            label=way,
        )
    axes.set_xscale("log", base=2)
    axes.set_xticks(counts, [str(n) for n in counts])
    if log_y:
        axes.set_yscale("log", base=2)
        axes.set_yticks(counts, [str(n) for n in counts])
    else:
        axes.set_ylim(bottom=0)
    axes.minorticks_off()
    axes.figure.legend(loc="outside lower center", ncols=4)


def startup_bars(axes, bench, colours):
    """One bar per kind of worker, median with min-max whiskers, log x."""
    points = bench["series"]["start and join"]
    labels = [p["x"] for p in points]
    mids = [p["median"] * 1000 for p in points]
    errors = [
        [(p["median"] - p["min"]) * 1000 for p in points],
        [(p["max"] - p["median"]) * 1000 for p in points],
    ]
    fill = [
        colours["threads"] if label == "thread" else colours["processes"]
        for label in labels
    ]
    bars = axes.barh(
        labels,
        mids,
        xerr=errors,
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


def transfer_lines(axes, bench, colours):
    """Round-trip time per payload size, each way, on log-log axes."""
    look = {
        "pickle + Pipe": ("processes", "s"),
        "SharedMemory": ("threads", "o"),
        "pickle only (no transfer)": ("extra", "^"),
    }
    for name, points in bench["series"].items():
        colour, marker = look[name]
        sizes = [p["x"] for p in points]
        mids = [p["median"] * 1000 for p in points]
        errors = [
            [(p["median"] - p["min"]) * 1000 for p in points],
            [(p["max"] - p["median"]) * 1000 for p in points],
        ]
        axes.errorbar(
            sizes,
            mids,
            yerr=errors,
            color=colours[colour],
            marker=marker,
            capsize=4,
            linewidth=2,
            label=name,
        )
    axes.set_xscale("log")
    axes.set_yscale("log")
    sizes = [p["x"] for p in next(iter(bench["series"].values()))]
    axes.set_xticks(sizes, [size_label(size) for size in sizes])
    axes.minorticks_off()
    plain_numbers(axes.yaxis)
    axes.figure.legend(loc="outside lower center", ncols=4)
