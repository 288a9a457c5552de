"""Serial, threads and processes side by side, for a growing number of
workers: how the scaling benchmarks measure, and their records."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from . import workloads
from .benchmark import Benchmark
from .formatting import markdown, milliseconds
from .measure import speedup, take_turns

TIMEOUT = 120  # seconds any one batch of jobs may take before we give up
WAYS = ("serial", "threads", "processes")
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
        colours=WAYS,
        speedup_past_cpus=speedup_past_cpus,
    )


def compare_ways(function, jobs_for, counts, repeats, context, prepare=None):
    """Time `function` over the jobs `jobs_for(n)` for each n in `counts`:
    in a loop, in a pool of threads, in a pool of processes.

    Both pools have max(counts) workers, all started before any timing; n
    jobs keep n of them busy. `prepare()`, if given, runs first in this
    process and in each worker process. Returns {way: [point per n]}.
    """
    series = {way: [] for way in WAYS}
    largest = max(counts)
    if prepare:
        prepare()
    with ProcessPoolExecutor(
        largest, mp_context=context, initializer=prepare
    ) as processes:
        # The process pool starts first, while this process has no other
        # threads (forking a process that has threads is unsafe).
        start_every_worker(processes, largest)
        with ThreadPoolExecutor(largest) as threads:
            start_every_worker(threads, largest)
            for count in counts:
                cases = ways_to_run(
                    function, jobs_for(count), threads, processes
                )
                timings, results = take_turns(cases, repeats)
                if len({repr(r) for r in results.values()}) != 1:
                    raise RuntimeError(f"the ways disagree: {results}")
                for way in WAYS:
                    series[way].append({"x": count, **timings[way]})
    return series


def ways_to_run(function, jobs, threads, processes):
    """{way: action} running `function` over `jobs` in each of the WAYS."""
    return {
        "serial": lambda: [function(job) for job in jobs],
        "threads": lambda: list(threads.map(function, jobs, timeout=TIMEOUT)),
        "processes": lambda: list(
            processes.map(function, jobs, timeout=TIMEOUT)
        ),
    }


def start_every_worker(pool, workers):
    """Keep `workers` workers busy at once, so the pool starts them all.

    Pools start workers only when a job finds none idle; untimed, here.
    """
    list(pool.map(workloads.wait, [0.1] * workers, timeout=TIMEOUT))


def scaling_table(bench):
    """Each way's time per count, and the speedups over serial."""
    series = bench["series"]
    rows = []
    for serial, threads, processes in zip(
        series["serial"], series["threads"], series["processes"], strict=True
    ):
        rows.append(
            [
                serial["x"],
                milliseconds(serial),
                milliseconds(threads),
                times_faster(serial, threads),
                milliseconds(processes),
                times_faster(serial, processes),
            ]
        )
    return markdown(
        [
            bench["x_name"],
            "serial (ms)",
            "threads (ms)",
            "threads: speedup",
            "processes (ms)",
            "processes: speedup",
        ],
        rows,
    )


def times_faster(serial, point):
    """'speedup (low–high)' of `point` over `serial`."""
    mid, low, high = speedup(serial, point)
    return f"{mid:.2f}× ({low:.2f}–{high:.2f})"
