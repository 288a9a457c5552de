"""Does a call let another thread run? Only if it releases the GIL."""

import sys
import threading
import time

import numpy as np


def python_loop():
    return sum(step * step for step in range(3_000_000))


def runs_beside(call):
    """Whether a second thread ran while a first one was inside call()."""
    times = {}
    entered = threading.Event()

    def first():
        times["start"] = time.perf_counter()
        entered.set()
        call()
        times["end"] = time.perf_counter()

    def second():
        times["second"] = time.perf_counter()

    worker = threading.Thread(target=first)
    worker.start()
    entered.wait(timeout=20)
    # This thread needs the GIL to go on: it gets it while call() runs
    # only if call() releases it.
    other = threading.Thread(target=second)
    other.start()
    worker.join(timeout=20)
    other.join(timeout=20)
    return times["start"] < times["second"] < times["end"]


def main():
    # A thread that holds the GIL keeps it for up to 5 s, instead of
    # handing it over every 5 ms: only a release lets another thread in.
    sys.setswitchinterval(5)
    rng = np.random.default_rng(seed=1)
    numbers = rng.random(8_000_000)
    matrix = rng.random((1500, 1500))
    calls = {
        "np.sort(numbers)": lambda: np.sort(numbers),
        "matrix @ matrix": lambda: matrix @ matrix,
        "Python loop": python_loop,
    }
    for label, call in calls.items():
        print(f"{label:<17} another thread ran meanwhile: {runs_beside(call)}")


if __name__ == "__main__":
    main()
