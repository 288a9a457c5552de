"""Races: how many updates two threads lose without a lock, run after run,
and that the locked versions lose none."""

import sys
import threading

from . import shown, workloads
from .benchmark import Benchmark
from .formatting import markdown
from .measure import summary
from .runs import run_label

JOIN_TIMEOUT = 60  # seconds for one run's two threads
PATTERNS = (
    "counter += 1",
    "check then act",
    "counter += 1, with a Lock",
    "check then act, with a Lock",
)
UNIT = "updates"


def counter_run(update, times):
    """Two threads add 1 `times` times each; the updates lost."""
    counter, barrier, lock = (
        workloads.Counter(),
        threading.Barrier(2),
        threading.Lock(),
    )
    run_pair(update, (counter, times, barrier, lock))
    return 2 * times - counter.value


def claim_run(claim, times):
    """Two threads claim the same `times` keys; the keys claimed twice."""
    cache, barrier, lock = {}, threading.Barrier(2), threading.Lock()
    keys = range(times)
    claimed = [[], []]
    threads = [
        threading.Thread(target=claim, args=(cache, keys, mine, barrier, lock))
        for mine in claimed
    ]
    join_all(threads)
    return len(claimed[0]) + len(claimed[1]) - times


def run_pair(target, args):
    join_all([threading.Thread(target=target, args=args) for _ in range(2)])


def join_all(threads):
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=JOIN_TIMEOUT)
        if thread.is_alive():
            raise RuntimeError(f"a race did not end in {JOIN_TIMEOUT} s")


RUNS = {
    "counter += 1": lambda n: counter_run(workloads.add_unlocked, n),
    "check then act": lambda n: claim_run(workloads.claim_unlocked, n),
    "counter += 1, with a Lock": lambda n: counter_run(
        workloads.add_locked, n
    ),
    "check then act, with a Lock": lambda n: claim_run(
        workloads.claim_locked, n
    ),
}


def lost_updates(settings, _context):
    """Per pattern, the updates lost in each of `race_runs` runs."""
    times = settings.race_updates
    series = {}
    for pattern in PATTERNS:
        lost = [RUNS[pattern](times) for _ in range(settings.race_runs)]
        if min(lost) < 0:
            raise RuntimeError(f"{pattern}: more updates than made: {lost}")
        series[pattern] = [
            {
                "x": "lost per run",
                **summary(lost, unit=UNIT),
                "runs_with_loss": sum(1 for n in lost if n),
                "updates_per_run": 2 * times,
            }
        ]
    return {
        "title": "Updates lost by two threads, run after run",
        "x_name": "pattern",
        "parameters": {
            "threads": 2,
            "updates_per_thread": times,
            "switch_interval_s": sys.getswitchinterval(),
            "functions": "examples.bench.workloads: add_unlocked, "
            "add_locked, claim_unlocked, claim_locked",
        },
        "series": series,
    }


def races_table(runs, name):
    """Per pattern and run: the runs that lost any update, and the updates
    lost per run, median (min–max)."""
    rows = []
    for run in shown.runs_of(runs, name, shown.RACE_RUNS):
        bench = runs[run]["benchmarks"][name]
        for pattern in PATTERNS:
            (point,) = bench["series"][pattern]
            rows.append(
                [
                    pattern,
                    run_label(runs[run]),
                    f"{point['runs_with_loss']} of {point['repeats']}",
                    f"{point['median']:,.0f} ({point['min']:,.0f}–{point['max']:,.0f})",
                    f"{point['updates_per_run']:,}",
                ]
            )
    return markdown(
        [
            "pattern",
            "interpreter",
            "runs that lost updates",
            "lost per run: median (min–max)",
            "updates per run",
        ],
        rows,
    )


BENCHMARK = Benchmark(
    name="races",
    measure=lost_updates,
    series=PATTERNS,
    chart="races",
    axis_labels=(
        "Pattern (two threads)",
        "Runs that lost updates (% of runs)",
    ),
    table=races_table,
)
