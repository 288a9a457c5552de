"""One record per benchmark: how to measure, chart and tabulate it."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Benchmark:
    """Everything the bench knows about one benchmark.

    `measure(settings, context)` runs it with the run's Settings and the
    multiprocessing context its pools use, and returns its results:
    {"title", "x_name", "parameters", "series": {name: [point per x]}}.
    `chart` is how charts.py draws it: "scaling" (the speedup of each
    series over the first, per worker count), "bars" (one bar per kind of
    worker) or "lines" (each series on log-log axes).
    """

    name: str  # its key in results.json; names its charts and its table
    measure: Callable
    series: tuple[str, ...]  # the names of the series it measures, in order
    chart: str
    axis_labels: tuple[str, str]  # (x, y), each naming its unit
    table: Callable  # its results as a Markdown table, for tables/NAME.md
    colours: tuple[str, ...] = ()  # each series' colour role in the charts
    format_x: Callable = str  # an x value as text, in headlines and ticks
    speedup_past_cpus: bool = False  # scaling: waits, not computation
