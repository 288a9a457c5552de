"""Threads that read a shared counter, pause, then write it lose updates."""

import threading

THREADS = 4


class Counter:
    def __init__(self):
        self.value = 0


def increment(counter, barrier):
    value = counter.value  # read
    # A stand-in for a thread switch at the worst moment: no thread goes on
    # to write until every thread has read, so all of them read the same 0.
    barrier.wait(timeout=5)
    counter.value = value + 1  # write: overwrites what the others wrote


def main():
    counter = Counter()
    barrier = threading.Barrier(THREADS)
    threads = [
        threading.Thread(target=increment, args=(counter, barrier))
        for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    print(f"{THREADS} threads each added 1 to the counter")
    print(f"expected: {THREADS}")
    print(f"actual:   {counter.value}")


if __name__ == "__main__":
    main()
