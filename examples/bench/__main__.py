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

from . import charts, machine, scaling, settings, startup, tables, transfer
from .measure import speedup

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "assets" / "bench"
BENCHMARKS = {  # run in this order: start-up first, while this process is
    "startup": lambda s, ctx: startup.start_cost(s),  # small and alone
    "transfer": transfer.transfer_cost,
    "io": scaling.io_bound,
    "cpu": scaling.cpu_bound,
    "hashlib": scaling.gil_released,
}
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
        choices=list(BENCHMARKS),
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
    for name, run in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        print(f"measuring {name} ...", flush=True)
        results["benchmarks"][name] = run(run_settings, context)
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
    """A short summary: medians, and speedups over serial."""
    lines = []
    for name, bench in results["benchmarks"].items():
        series = bench["series"]
        if "serial" in series:
            for index, serial in enumerate(series["serial"]):
                threads, processes = (
                    speedup(serial, series[way][index])[0]
                    for way in ("threads", "processes")
                )
                case = f"{bench['x_name']}={serial['x']}"
                lines.append(
                    f"{name:<9}{case:<11}speedup over serial: threads "
                    f"{threads:.2f}x, processes {processes:.2f}x"
                )
        else:
            for way, points in series.items():
                for point in points:
                    case = point["x"]
                    if name == "transfer":
                        case = f"{way}, {tables.size_label(case)}"
                    lines.append(
                        f"{name:<9}{case:<40}{point['median'] * 1000:9.3f} ms"
                    )
    return lines


if __name__ == "__main__":
    main()
