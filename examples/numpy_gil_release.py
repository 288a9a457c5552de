"""Two jobs in 1 thread, then 2: np.sort releases the GIL, a loop does not."""

import os
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

JOBS = 2
SIZE = 2_000_000  # float64 numbers each sort job sorts
STEPS = 400_000  # iterations of each Python loop job
REPEATS = 5


def numpy_sort(numbers):
    return np.sort(numbers)[SIZE // 2]  # sorts in C, the GIL released


def python_loop(numbers):
    total = 0.0
    for step in range(STEPS):  # bytecode: this thread holds the GIL
        total += step * 0.5
    return total


def best_times(*runs):
    """The fastest of REPEATS calls of each run, in seconds.

    The runs take turns, so a busy moment on the machine slows all of them.
    """
    best = [float("inf")] * len(runs)
    for _ in range(REPEATS):
        for index, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[index] = min(best[index], time.perf_counter() - start)
    return best


def main():
    rng = np.random.default_rng(seed=1)
    inputs = [rng.random(SIZE) for _ in range(JOBS)]
    print(f"{JOBS} jobs of each kind, logical CPUs: {os.cpu_count()}")
    with ThreadPoolExecutor(max_workers=JOBS) as threads:
        for job in (numpy_sort, python_loop):
            serial, threaded = best_times(
                lambda job=job: [job(x) for x in inputs],
                lambda job=job: list(threads.map(job, inputs, timeout=20)),
            )
            print(
                f"{job.__name__:<12} 1 thread: {serial * 1000:4.0f} ms, "
                f"{JOBS} threads: {threaded * 1000:4.0f} ms, "
                f"speedup {serial / threaded:.2f}x"
            )


if __name__ == "__main__":
    main()
