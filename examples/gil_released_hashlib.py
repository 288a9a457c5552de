"""Hash large buffers serially, then in 2 threads: hashlib releases the GIL."""

import functools
import hashlib
import os
import time
from concurrent.futures import ThreadPoolExecutor

JOBS = 2
PIECE = 16 * 2**20  # bytes per update(): far above hashlib's 2047-byte mark
PIECES = 8  # updates per job
REPEATS = 5


def digest(data):
    """SHA-256 of `data` repeated PIECES times, as a hex string."""
    hasher = hashlib.sha256()
    for _ in range(PIECES):
        hasher.update(data)  # hashes in C with the GIL released
    return hasher.hexdigest()


def run_serially(buffers):
    return [digest(data) for data in buffers]


def run_in_pool(pool, buffers):
    return list(pool.map(digest, buffers, timeout=10))


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
    buffers = [bytes([job]) * PIECE for job in range(JOBS)]
    with ThreadPoolExecutor(max_workers=JOBS) as threads:
        timings = fastest(
            functools.partial(run_serially, buffers),
            functools.partial(run_in_pool, threads, buffers),
        )
    (serial, serial_s), (threaded, threads_s) = timings
    print(
        f"{JOBS} jobs, each hashing {PIECE * PIECES // 2**20} MiB "
        f"with SHA-256, logical CPUs: {os.cpu_count()}"
    )
    print(f"serial:    {serial_s * 1000:4.0f} ms")
    print(
        f"{JOBS} threads: {threads_s * 1000:4.0f} ms, "
        f"speedup {serial_s / threads_s:.2f}x"
    )
    print("same digests both ways:", serial == threaded)


if __name__ == "__main__":
    main()
