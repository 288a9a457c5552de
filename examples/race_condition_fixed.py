"""A lock makes each read-modify-write of a shared counter whole."""

import threading
import time

THREADS = 4


class Counter:
    def __init__(self):
        self.value = 0


def increment(counter, barrier, lock):
    # Start all threads together so that they really compete for the lock.
    # The barrier stays outside the lock: inside, the first thread would
    # wait there for the others while they wait for its lock, forever.
    barrier.wait(timeout=5)
    with lock:
        value = counter.value
        time.sleep(0.01)  # a switch here is now harmless: the others wait
        counter.value = value + 1


def main():
    counter = Counter()
    barrier = threading.Barrier(THREADS)
    lock = threading.Lock()
    threads = [
        threading.Thread(target=increment, args=(counter, barrier, lock))
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
