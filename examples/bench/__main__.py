"""Measure serial code, threads, processes and subinterpreters; write this
run's results, then draw tables and charts from every run's results.

    python -m examples.bench              # full run, about 3 to 9 minutes
    python -m examples.bench --quick      # smaller and fewer runs, seconds
    python -m examples.bench --draw-only  # tables and charts, no measuring

Run it with each interpreter to compare: each run writes
results/NAME.json under --out (NAME from the interpreter: py313, py313t,
py313t-gil under PYTHON_GIL=1), then tables/*.md and, with matplotlib,
*-light.svg / *-dark.svg from every results file there.
"""

import argparse
import datetime
import multiprocessing
import os
import sys
import time
from pathlib import Path

from . import charts, machine, runs, settings, singlethread, tables
from .measure import speedup
from .registry import BENCHMARKS, named

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "assets" / "bench"
ATTEMPTS = 3  # measurements of one benchmark, at most, in a full run
OTHERS_LIMIT = 0.05  # share of CPU time other programs may take meanwhile
# The slowest repeat of a serial loop over its fastest: the same work, so a
# wider spread means the machine's speed changed (a virtual machine's host
# can slow it without any program in it showing the cause).
SPREAD_LIMIT = 1.3
SERIAL_LOOPS = ("serial", singlethread.SERIES)  # the series it applies to
NAME_WIDTH = (
    max(len(benchmark.name) for benchmark in BENCHMARKS) + 2
)  # headlines' first column
NO_CHARTS = (
    "charts skipped: they need matplotlib (pip install matplotlib,"
    " or pip install -e '.[bench]' in this project)"
)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="python -m examples.bench",
        description="Time serial code, threads, processes and "
        "subinterpreters side by side; write this run's results, then "
        "Markdown tables and SVG charts from every run's results.",
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
    parser.add_argument(
        "--draw-only",
        action="store_true",
        help="measure nothing: draw the tables and charts from the "
        "results files already in --out",
    )
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if not args.draw_only:
        results = measure(args)
        path = runs.write(results, args.out)
        print("\n".join(headlines(results)))
        print(
            f"bench took {results['run']['duration_s']:.1f} s; "
            f"results in {path}"
        )
    draw(args.out)


def measure(args):
    """Run the benchmarks on this interpreter; its results."""
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
            "command": " ".join(["python -m examples.bench", *sys.argv[1:]]),
            "PYTHON_GIL": os.environ.get("PYTHON_GIL"),
            "quiet": {},  # per benchmark: CPUs idle before it, and the wait
        },
        "benchmarks": {},
    }
    for benchmark in BENCHMARKS:
        if args.only and benchmark.name not in args.only:
            continue
        results["benchmarks"][benchmark.name] = measure_alone(
            benchmark, run_settings, context, results["run"]["quiet"]
        )
    results["run"]["duration_s"] = round(time.perf_counter() - began, 1)
    results["run"]["load_average_1min"] = {
        "before": load_before,
        "after": machine.load_average(),
    }
    return results


def measure_alone(benchmark, run_settings, context, quiet):
    """Measure `benchmark` while other programs leave the CPUs alone.

    Other programs' work, or a slower host, would slow some cases and not
    others. A full run waits until the CPUs are idle before each benchmark,
    then measures it again (at most ATTEMPTS times in all) if other programs
    used more than OTHERS_LIMIT of the CPU time meanwhile, or if its serial
    loop's repeats spread wider than SPREAD_LIMIT, and keeps the attempt
    disturbed least. `quiet[name]` records each attempt.
    """
    attempts = []
    for _ in range(1 if run_settings.quick else ATTEMPTS):
        idle, waited = (
            (None, 0) if run_settings.quick else machine.wait_until_quiet()
        )
        print(f"measuring {benchmark.name} ...", flush=True)
        before = machine.cpu_use()
        measured = benchmark.measure(run_settings, context)
        others = machine.others_share(before, machine.cpu_use())
        spread = serial_spread(measured)
        disturbed = max((others or 0) / OTHERS_LIMIT, spread / SPREAD_LIMIT)
        attempts.append((disturbed, measured))
        quiet.setdefault(benchmark.name, []).append(
            {
                "idle_before": idle,
                "waited_s": waited,
                "others_share": others,
                "serial_spread": round(spread, 3),
            }
        )
        if disturbed <= 1:
            break
    return min(attempts, key=lambda attempt: attempt[0])[1]


def serial_spread(measured):
    """The slowest repeat of a serial loop over its fastest, at the worker
    count or loop where they differ most; 1 without a serial loop."""
    points = [
        point
        for name in SERIAL_LOOPS
        for point in measured["series"].get(name, [])
    ]
    return max((p["max"] / p["min"] for p in points), default=1.0)


def draw(folder):
    """Tables, and charts if matplotlib is here, from every results file
    in `folder`."""
    every_run = runs.load_all(folder)
    (folder / "tables").mkdir(parents=True, exist_ok=True)
    for file_name, text in tables.render(every_run).items():
        (folder / "tables" / file_name).write_text(text, encoding="utf-8")
    try:
        written = charts.write_all(every_run, folder)
    except ImportError:
        print(NO_CHARTS, file=sys.stderr)
        return
    print(f"drew {len(written)} charts from {len(every_run)} runs in {folder}")


def headlines(results):
    """A short summary: speedups over serial, or medians."""
    lines = []
    for name, bench in results["benchmarks"].items():
        benchmark = named(name)
        if benchmark.chart == "scaling":
            lines += speedup_headlines(benchmark, bench)
        elif benchmark.name == "races":
            lines += race_headlines(bench)
        else:
            lines += median_headlines(benchmark, bench)
    return lines


def race_headlines(bench):
    """Per pattern, the runs that lost updates."""
    return [
        f"{'races':<{NAME_WIDTH}}{pattern:<30}lost updates in {p['runs_with_loss']} "
        f"of {p['repeats']} runs, at most {p['max']:.0f}"
        for pattern, (p,) in bench["series"].items()
    ]


def speedup_headlines(benchmark, bench):
    """Per worker count, the speedup of each series over the first."""
    series = bench["series"]
    baseline, *compared = series
    lines = []
    for index, base in enumerate(series[baseline]):
        speedups = ", ".join(
            f"{way} {speedup(base, series[way][index])[0]:.2f}x"
            for way in compared
        )
        case = f"{bench['x_name']}={base['x']}"
        lines.append(
            f"{benchmark.name:<{NAME_WIDTH}}{case:<11}speedup over {baseline}: {speedups}"
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
            value = (
                f"{point['median'] * 1000:9.3f} ms"
                if point["unit"] == "s"
                else f"{point['median']:9.0f} {point['unit']}"
            )
            lines.append(f"{benchmark.name:<{NAME_WIDTH}}{case:<40}{value}")
    return lines


if __name__ == "__main__":
    main()
