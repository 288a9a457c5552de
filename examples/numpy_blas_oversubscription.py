"""Matrix products in a pool of 2 processes: BLAS threads unlimited, then 1.

Each process's BLAS starts one thread per CPU by default, so 2 workers on
2 CPUs run 4 threads. threadpool_limits(1) in each worker gives 2 threads.
"""

import multiprocessing
import os
import time

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

WORKERS = 2
SIZE = 300  # rows and columns of each matrix
PRODUCTS = 8  # matrix products per task
TASKS = 4


def limit_blas(threads):
    if threads is not None:
        threadpool_limits(limits=threads, user_api="blas")  # for good


def blas_threads(_):
    """(library, threads) of each BLAS this worker process has loaded."""
    return [
        (pool["internal_api"], pool["num_threads"])
        for pool in threadpool_info()
        if pool["user_api"] == "blas"
    ]


def products(seed):
    rng = np.random.default_rng(seed)
    a = rng.random((SIZE, SIZE))
    b = rng.random((SIZE, SIZE)) / SIZE  # keeps the values from growing
    for _ in range(PRODUCTS):
        a = a @ b  # runs in BLAS, in as many threads as it is allowed
    return float(a.sum())


def timed_pool(threads):
    with multiprocessing.Pool(
        WORKERS, initializer=limit_blas, initargs=(threads,)
    ) as pool:
        # Every worker started and warm before the clock starts.
        info = pool.map(blas_threads, range(WORKERS), chunksize=1)
        start = time.perf_counter()
        sums = pool.map_async(products, range(TASKS), chunksize=1)
        sums = sums.get(timeout=60)
        return info[0], time.perf_counter() - start, sums


def main():
    print(f"{WORKERS} worker processes, logical CPUs: {os.cpu_count()}")
    results = []
    for threads in (None, 1):
        info, elapsed, sums = timed_pool(threads)
        results.append((elapsed, sums))
        label = "default" if threads is None else f"limit {threads}"
        print(f"{label:>8}: BLAS per worker {info}, {elapsed:.2f} s")
    (unlimited, sums_a), (limited, sums_b) = results
    print(f"limited is {unlimited / limited:.2f}x as fast as default")
    print("same results both ways:", np.allclose(sums_a, sums_b))


if __name__ == "__main__":
    main()
