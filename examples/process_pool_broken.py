"""A worker that dies breaks a ProcessPoolExecutor: every future fails."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def set_up_worker(event):
    """Runs once in the worker: keep the event where square() finds it."""
    global all_submitted
    all_submitted = event


def square(n):
    if n == 0:
        all_submitted.wait(timeout=10)  # crash only once every task is queued
        os._exit(1)  # the worker process ends at once, as a crash would
    return n * n


def main():
    all_submitted = multiprocessing.Event()
    with ProcessPoolExecutor(
        max_workers=1, initializer=set_up_worker, initargs=(all_submitted,)
    ) as executor:
        futures = [executor.submit(square, n) for n in range(3)]
        all_submitted.set()
        for n, future in enumerate(futures):
            try:
                future.result(timeout=10)
            except BrokenProcessPool as error:
                print(f"task {n}: BrokenProcessPool")
                message = str(error)
        print("message:", message)
        # A broken executor accepts no new work either.
        try:
            executor.submit(square, 3)
        except BrokenProcessPool:
            print("submit() after the crash: BrokenProcessPool")


if __name__ == "__main__":
    main()
