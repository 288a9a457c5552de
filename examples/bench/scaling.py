"""Serial, threads and processes side by side, for a growing number of
workers: how the scaling benchmarks measure, and their records."""

import concurrent.futures
import contextlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from . import shown, workloads
from .benchmark import Benchmark
from .formatting import markdown, milliseconds
from .measure import speedup, take_turns
from .settings import START_METHODS

TIMEOUT = 120  # seconds any one batch of jobs may take before we give up
# "processes (METHOD)": a process pool started by METHOD; a full run
# measures each, a quick one the default only. "interpreters":
# InterpreterPoolExecutor, new in 3.14; measured where the interpreter has it.
WAYS = (
    "serial",
    "threads",
    *(f"processes ({method})" for method in START_METHODS),
    "interpreters",
)
SPEEDUP_LABEL = "Speedup over serial (×, higher is faster)"


def benchmark(name, measure, x_label, speedup_past_cpus=False):
    """The record of a benchmark whose `measure` calls compare_ways.

    `speedup_past_cpus`: the work waits rather than computes, so its ideal
    speedup is not capped at the CPU count.
    """
    return Benchmark(
        name=name,
        measure=measure,
        series=WAYS,
        chart="scaling",
        axis_labels=(x_label, SPEEDUP_LABEL),
        table=scaling_table,
        speedup_past_cpus=speedup_past_cpus,
    )


def compare_ways(function, jobs_for, counts, settings, prepare=None):
    """Time `function` over the jobs `jobs_for(n)` for each n in `counts`:
    in a loop, in a pool of threads, in a pool of processes per start
    method of `settings`, and in a pool of subinterpreters where the
    interpreter has one (3.14+).

    Every pool has max(counts) workers, all started before any timing; n
    jobs keep n of them busy. `prepare()`, if given, runs first in this
    process and in each worker. Returns {way: [point per n]}.
    """
    largest = max(counts)
    if prepare:
        prepare()
    with contextlib.ExitStack() as stack:
        # The process pools start first, while this process has no other
        # threads (forking a process that has threads is unsafe).
        pools = {
            f"processes ({method})": ProcessPoolExecutor(
                largest,
                mp_context=multiprocessing.get_context(method),
                initializer=prepare,
            )
            for method in settings.start_methods
        }
        pools["threads"] = ThreadPoolExecutor(largest)
        interpreters = getattr(
            concurrent.futures, "InterpreterPoolExecutor", None
        )
        if interpreters:
            pools["interpreters"] = interpreters(largest, initializer=prepare)
        for pool in pools.values():
            stack.enter_context(pool)
            start_every_worker(pool, largest)
        ways = [way for way in WAYS if way == "serial" or way in pools]
        series = {way: [] for way in ways}
        for count in counts:
            cases = ways_to_run(function, jobs_for(count), pools, ways)
            timings, results = take_turns(
                cases, settings.repeats, closing="serial"
            )
            if len({repr(r) for r in results.values()}) != 1:
                raise RuntimeError(f"the ways disagree: {results}")
            for way in ways:
                series[way].append({"x": count, **timings[way]})
    return series


def ways_to_run(function, jobs, pools, ways):
    """{way: action} running `function` over `jobs` in each of `ways`."""
    cases = {}
    for way in ways:
        if way == "serial":
            cases[way] = lambda: [function(job) for job in jobs]
        else:
            cases[way] = lambda pool=pools[way]: list(
                pool.map(function, jobs, timeout=TIMEOUT)
            )
    return cases


def start_every_worker(pool, workers):
    """Keep `workers` workers busy at once, so the pool starts them all.

    Pools start workers only when a job finds none idle; untimed, here.
    """
    list(pool.map(workloads.wait, [0.1] * workers, timeout=TIMEOUT))


def scaling_table(runs, name):
    """Each shown series' speedup over the serial loop of its own run, per
    worker count, and that loop's time with one worker."""
    picked = shown.scaling_series(runs, name)
    counts = [p["x"] for p in picked[0].baseline] if picked else []
    rows = [
        [
            item.label,
            *(
                times_faster(serial, point)
                for serial, point in zip(
                    item.baseline, item.points, strict=True
                )
            ),
            milliseconds(item.baseline[0]),
        ]
        for item in picked
    ]
    x_name = next(r for r in runs.values() if name in r["benchmarks"])[
        "benchmarks"
    ][name]["x_name"]
    return markdown(
        [
            "way, interpreter",
            *(f"{x_name}: {count}" for count in counts),
            "its serial loop (ms)",
        ],
        rows,
    )


def times_faster(serial, point):
    """'speedup (low–high), fastest: F' of `point` over `serial`: the
    median, its spread, and the fastest run of each over the other."""
    mid, low, high = speedup(serial, point)
    return (
        f"{mid:.2f}× ({low:.2f}–{high:.2f}), "
        f"fastest: {serial['min'] / point['min']:.2f}×"
    )
