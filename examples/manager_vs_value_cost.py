"""Time shared-counter increments: a Manager proxy against a Value."""

import multiprocessing
import time

INCREMENTS = 5_000


def time_increments(value, proxy, timings):
    start = time.perf_counter()
    for _ in range(INCREMENTS):
        with value.get_lock():
            value.value += 1
    value_seconds = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(INCREMENTS):
        # Two round trips to the manager's process: one to read, one to
        # write. Not atomic either: other processes would need a lock.
        proxy["count"] += 1
    proxy_seconds = time.perf_counter() - start
    timings.put((value_seconds, proxy_seconds))


def main():
    value = multiprocessing.Value("i", 0)
    timings = multiprocessing.Queue()
    with multiprocessing.Manager() as manager:  # starts a server process
        proxy = manager.dict(count=0)
        child = multiprocessing.Process(
            target=time_increments, args=(value, proxy, timings)
        )
        child.start()
        value_seconds, proxy_seconds = timings.get(timeout=20)
        child.join(timeout=10)
        final = value.value, proxy["count"]
    print(f"{INCREMENTS:,} increments of each counter, in one child")
    print("both counters reached it:", final == (INCREMENTS, INCREMENTS))
    print(f"Value with get_lock(): {INCREMENTS / value_seconds:>11,.0f} ops/s")
    print(f"Manager dict proxy:    {INCREMENTS / proxy_seconds:>11,.0f} ops/s")
    print(f"the proxy was {proxy_seconds / value_seconds:,.0f}x slower")


if __name__ == "__main__":
    main()
