"""The same concurrent.futures code on a process pool and on a Dask cluster."""

import logging
import os
from concurrent.futures import ProcessPoolExecutor, as_completed

from distributed import Client, LocalCluster


def collatz_steps(n):
    """How many steps n takes to reach 1: a small CPU-bound task."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def most_steps_in(numbers):
    """(steps, number) for the number that takes the most steps."""
    return max((collatz_steps(n), n) for n in numbers)


def most_steps(executor, numbers, chunks=8):
    """A few tasks on any concurrent.futures executor; the best result."""
    tasks = [numbers[i::chunks] for i in range(chunks)]
    futures = [executor.submit(most_steps_in, task) for task in tasks]
    return max(future.result() for future in as_completed(futures, timeout=60))


def on_dask(numbers):
    """On the cluster at DASK_SCHEDULER_ADDRESS, else on this machine."""
    address = os.environ.get("DASK_SCHEDULER_ADDRESS")
    if address:
        with Client(address, timeout=30) as client:
            return most_steps(client.get_executor(), numbers)
    # Two worker processes; the scheduler and its web page listen on
    # 127.0.0.1 only, on free ports. A worker may log a heartbeat error while
    # the cluster shuts down (dask/distributed issue 7105): only critical
    # log lines are shown. A task's own error still reaches its future.
    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.CRITICAL,
    )
    with cluster, Client(cluster, timeout=30) as client:
        return most_steps(client.get_executor(), numbers)


def main():
    numbers = range(1, 100_000)
    with ProcessPoolExecutor(max_workers=2) as pool:
        steps, number = most_steps(pool, numbers)
    print(f"process pool: {number} takes {steps} steps")
    steps, number = on_dask(numbers)
    print(f"dask:         {number} takes {steps} steps")


if __name__ == "__main__":
    main()
