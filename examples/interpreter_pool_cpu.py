"""InterpreterPoolExecutor (3.14): CPU-bound tasks, one interpreter each."""

import math
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor

tasks_run = 0  # each interpreter has its own copy of this module global


def is_prime(n):
    return all(n % d for d in range(2, math.isqrt(n) + 1))


def count_primes(limit):
    """Pure-Python computation: it holds its interpreter's GIL throughout."""
    global tasks_run
    tasks_run += 1
    if limit < 2:
        raise ValueError(f"limit must be at least 2, not {limit}")
    count = sum(1 for n in range(2, limit) if is_prime(n))
    return count, interpreters.get_current().id


def main():
    main_id = interpreters.get_current().id
    limits = [10_000, 20_000, 30_000, 40_000]
    with InterpreterPoolExecutor(max_workers=2) as executor:
        results = list(executor.map(count_primes, limits, timeout=30))
        for limit, (count, _) in zip(limits, results, strict=True):
            print(f"primes below {limit}: {count}")
        workers = {interp_id for _, interp_id in results}
        print("ran outside the main interpreter:", main_id not in workers)
        print("worker interpreters used, at most 2:", len(workers) <= 2)

        future = executor.submit(count_primes, 1)
        try:
            future.result(timeout=30)
        except ValueError as error:
            print("ValueError came back:", error)
            print("its __cause__:", type(error.__cause__).__name__)
    print("tasks_run in the main interpreter:", tasks_run)


if __name__ == "__main__":
    main()
