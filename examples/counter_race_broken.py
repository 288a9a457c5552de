"""Two threads add 1 to a shared counter without a lock, and lose updates."""

import threading

THREADS = 2
ADDS = 1_000_000  # by each thread


class Counter:
    def __init__(self):
        self.value = 0


def add(counter, start):
    start.wait(timeout=5)  # all threads begin together
    for _ in range(ADDS):
        counter.value += 1  # read, add, write: three steps, no lock


def main():
    counter = Counter()
    start = threading.Barrier(THREADS)
    threads = [
        threading.Thread(target=add, args=(counter, start))
        for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish in 30 seconds")
    expected = THREADS * ADDS
    print(f"{THREADS} threads each added 1 to the counter {ADDS:,} times")
    print(f"expected: {expected:,}")
    print(f"actual:   {counter.value:,}")
    print(f"lost:     {expected - counter.value:,}")


if __name__ == "__main__":
    main()
