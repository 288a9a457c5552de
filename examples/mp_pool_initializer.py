"""A Pool initializer sets up each worker; maxtasksperchild replaces them."""

import multiprocessing
import os

_squares = None  # filled once per worker process by init_worker()


def init_worker(limit):
    global _squares
    # Stands for costly setup (a connection, a loaded model): done once per
    # worker process, then reused by every task that worker runs.
    _squares = {n: n * n for n in range(limit)}


def look_up(n):
    return _squares[n], os.getpid()


def main():
    # One worker, replaced after every 2 tasks: 6 tasks need 3 workers,
    # and each new worker runs init_worker() again.
    with multiprocessing.Pool(
        processes=1,
        initializer=init_worker,
        initargs=(100,),
        maxtasksperchild=2,
    ) as pool:
        # maxtasksperchild counts tasks, and a chunk is one task:
        # chunksize=1 makes each input a task of its own.
        pending = pool.map_async(look_up, range(6), chunksize=1)
        results = pending.get(timeout=10)
        pool.close()
        pool.join()
    print("squares:", [square for square, _ in results])
    # The PIDs are not printed (they change every run); only counted.
    print("worker processes used:", len({pid for _, pid in results}))


if __name__ == "__main__":
    main()
