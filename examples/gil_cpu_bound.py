"""Pure-Python CPU work: serial, in 2 threads, in 2 processes, same total."""

import functools
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

JOBS = 2
STEPS = 1_000_000  # loop steps per job: a few hundredths of a second
REPEATS = 5


def busy_sum(steps):
    """Plain Python arithmetic: every step needs the GIL."""
    total = 0
    for number in range(steps):
        total += number % 7
    return total


def run_serially(jobs):
    return [busy_sum(steps) for steps in jobs]


def run_in_pool(pool, jobs):
    return list(pool.map(busy_sum, jobs, timeout=10))


def fastest(*runs):
    """Call each run REPEATS times; return its result and its fastest time.

    The runs take turns, so a busy moment on the machine slows all of them,
    and the fastest time of each is the one least disturbed.
    """
    best = [(None, float("inf"))] * len(runs)
    for _ in range(REPEATS):
        for index, run in enumerate(runs):
            start = time.perf_counter()
            result = run()
            elapsed = time.perf_counter() - start
            best[index] = (result, min(elapsed, best[index][1]))
    return best


def main():
    jobs = [STEPS] * JOBS
    with (
        ProcessPoolExecutor(max_workers=JOBS) as processes,
        ThreadPoolExecutor(max_workers=JOBS) as threads,
    ):
        run_in_pool(processes, [0] * JOBS)  # start both workers before timing
        timings = fastest(
            functools.partial(run_serially, jobs),
            functools.partial(run_in_pool, threads, jobs),
            functools.partial(run_in_pool, processes, jobs),
        )
    (serial, serial_s), (threaded, threads_s), (pooled, processes_s) = timings
    print(
        f"{JOBS} jobs of {STEPS:,} loop steps each, "
        f"logical CPUs: {os.cpu_count()}"
    )
    print(f"serial:      {serial_s * 1000:4.0f} ms")
    print(
        f"{JOBS} threads:   {threads_s * 1000:4.0f} ms, "
        f"speedup {serial_s / threads_s:.2f}x"
    )
    print(
        f"{JOBS} processes: {processes_s * 1000:4.0f} ms, "
        f"speedup {serial_s / processes_s:.2f}x"
    )
    print("same results all three ways:", serial == threaded == pooled)


if __name__ == "__main__":
    main()
