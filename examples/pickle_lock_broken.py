"""Send an object that holds a threading.Lock to a process pool: TypeError."""

import threading
from concurrent.futures import ProcessPoolExecutor


class Counter:
    def __init__(self):
        self.lock = threading.Lock()  # guards count between threads
        self.count = 0

    def add(self, n):
        with self.lock:
            self.count += n
            return self.count


def main():
    counter = Counter()
    with ProcessPoolExecutor(max_workers=1) as executor:
        # The task is a bound method: pickling it pickles counter, and
        # with it counter.lock, which cannot be pickled.
        future = executor.submit(counter.add, 5)
        try:
            future.result(timeout=10)
        except TypeError as error:
            print(f"TypeError: {error}")
            # From 3.14 the error carries notes: where pickle met the lock.
            for note in getattr(error, "__notes__", []):
                print(note)


if __name__ == "__main__":
    main()
