"""Serial, threads and processes side by side, for a growing number of
workers: CPU-bound Python, waits, and hashing that releases the GIL."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from . import workloads
from .measure import take_turns

TIMEOUT = 120  # seconds any one batch of jobs may take before we give up
WAYS = ("serial", "threads", "processes")


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


def cpu_bound(settings, context):
    """Pure-Python loops: the GIL lets one thread run Python at a time."""
    total = settings.cpu_steps
    series = compare_ways(
        workloads.busy_sum,
        lambda n: [total // n] * n,
        settings.worker_counts,
        settings.repeats,
        context,
    )
    return {
        "title": "CPU-bound pure Python",
        "x_name": "workers",
        "parameters": {
            "total_loop_steps": total,
            "function": "examples.bench.workloads.busy_sum",
        },
        "series": series,
    }


def io_bound(settings, context):
    """n waits of a fixed length: a sleeping thread releases the GIL."""
    delay = settings.wait_seconds
    series = compare_ways(
        workloads.wait,
        lambda n: [delay] * n,
        settings.wait_counts,
        settings.repeats,
        context,
    )
    return {
        "title": f"I/O-bound: waits of {delay * 1000:g} ms each",
        "x_name": "waits",
        "parameters": {
            "wait_seconds": delay,
            "function": "examples.bench.workloads.wait",
        },
        "series": series,
    }


def gil_released(settings, context):
    """SHA-256 of large buffers: hashlib hashes in C without the GIL."""
    pieces = settings.hash_pieces
    series = compare_ways(
        workloads.hash_pieces,
        lambda n: [pieces // n] * n,
        settings.worker_counts,
        settings.repeats,
        context,
        prepare=workloads.make_hash_buffer,
    )
    return {
        "title": "Hashing large buffers (releases the GIL)",
        "x_name": "workers",
        "parameters": {
            "total_bytes": pieces * workloads.HASH_PIECE,
            "bytes_per_update": workloads.HASH_PIECE,
            "function": "examples.bench.workloads.hash_pieces",
        },
        "series": series,
    }
