"""Executor.map returns results in input order, whatever order they finish."""

import functools
import threading
from concurrent.futures import ThreadPoolExecutor


def double(number, finished, done):
    # Each task waits for the task of the next number, so they finish in
    # the reverse of the input order: 4, then 3, then 2, then 1.
    if number + 1 in done:
        done[number + 1].wait(timeout=5)
    finished.append(number)
    done[number].set()
    return number * 2


def main():
    numbers = [1, 2, 3, 4]
    done = {number: threading.Event() for number in numbers}
    finished = []
    with ThreadPoolExecutor(max_workers=len(numbers)) as executor:
        task = functools.partial(double, finished=finished, done=done)
        # timeout counts from the call to map(), for all results together
        results = executor.map(task, numbers, timeout=5)
        print("map gave, in input order:", list(results))
    print("Tasks finished in the order:", finished)


if __name__ == "__main__":
    main()
