"""Measure serial code, threads and processes; write results and charts.

    python -m examples.bench            # full run, about 1 to 3 minutes
    python -m examples.bench --quick    # smaller and fewer runs, seconds

Writes results.json, tables/*.md and *-light.svg / *-dark.svg to --out.
"""

import argparse
import datetime
import json
import multiprocessing
import sys
import time
from pathlib import Path

from . import charts, machine, settings, tables
from .measure import speedup
from .registry import BENCHMARKS, named

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "assets" / "bench"
NO_CHARTS = (
    "charts skipped: they need matplotlib (pip install matplotlib,"
    " or pip install -e '.[bench]' in this project)"
)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="python -m examples.bench",
        description="Time serial code, threads and processes side by side "
        "and write results.json, Markdown tables and SVG charts.",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="less work and fewer repeats: a check that it runs, "
        "not figures to publish",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="folder for the results (default: docs/assets/bench)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=[benchmark.name for benchmark in BENCHMARKS],
        help="run only this benchmark (repeatable)",
    )
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    began = time.perf_counter()
    load_before = machine.load_average()
    run_settings = settings.for_run(args.quick, machine.usable_cpus())
    context = multiprocessing.get_context()  # the default start method
    results = {
        "machine": machine.describe(),
        "run": {
            "quick": args.quick,
            "date": datetime.datetime.now(datetime.UTC).isoformat(
                timespec="seconds"
            ),
            "command": "python -m examples.bench"
            + (" --quick" if args.quick else ""),
        },
        "benchmarks": {},
    }
    for benchmark in BENCHMARKS:
        if args.only and benchmark.name not in args.only:
            continue
        print(f"measuring {benchmark.name} ...", flush=True)
        results["benchmarks"][benchmark.name] = benchmark.measure(
            run_settings, context
        )
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        results["charts"] = charts.write_all(results, args.out)
    except ImportError:
        results["charts"] = []
        print(NO_CHARTS, file=sys.stderr)
    results["run"]["duration_s"] = round(time.perf_counter() - began, 1)
    results["run"]["load_average_1min"] = {
        "before": load_before,
        "after": machine.load_average(),
    }
    write_results(results, args.out)
    print("\n".join(headlines(results)))
    print(
        f"bench took {results['run']['duration_s']:.1f} s; "
        f"results in {args.out}"
    )


def write_results(results, folder):
    """results.json, and one Markdown table per benchmark in tables/."""
    (folder / "results.json").write_text(
        json.dumps(results, indent=1) + "\n", encoding="utf-8"
    )
    (folder / "tables").mkdir(exist_ok=True)
    for file_name, text in tables.render(results).items():
        (folder / "tables" / file_name).write_text(text, encoding="utf-8")


def headlines(results):
    """A short summary: speedups over serial, or medians."""
    lines = []
    for name, bench in results["benchmarks"].items():
        benchmark = named(name)
        if benchmark.chart == "scaling":
            lines += speedup_headlines(benchmark, bench)
        else:
            lines += median_headlines(benchmark, bench)
    return lines


def speedup_headlines(benchmark, bench):
    """Per worker count, the speedup of each series over the first."""
    baseline, *compared = benchmark.series
    series = bench["series"]
    lines = []
    for index, base in enumerate(series[baseline]):
        speedups = ", ".join(
            f"{way} {speedup(base, series[way][index])[0]:.2f}x"
            for way in compared
        )
        case = f"{bench['x_name']}={base['x']}"
        lines.append(
            f"{benchmark.name:<9}{case:<11}speedup over {baseline}: {speedups}"
        )
    return lines


def median_headlines(benchmark, bench):
    """The median of each point, named by its series if there are more."""
    lines = []
    for way, points in bench["series"].items():
        for point in points:
            case = benchmark.format_x(point["x"])
            if len(bench["series"]) > 1:
                case = f"{way}, {case}"
            lines.append(
                f"{benchmark.name:<9}{case:<40}"
                f"{point['median'] * 1000:9.3f} ms"
            )
    return lines


if __name__ == "__main__":
    main()
