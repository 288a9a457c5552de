"""Leave the lock out of the pickle: the worker gets a copy with its own."""

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

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]  # a lock is of no use in another process
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()  # a new one, for the copy's threads


def main():
    counter = Counter()
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(counter.add, 5)
        print("the worker's copy counts:", future.result(timeout=10))
    # The worker changed its copy; the parent's object is unchanged.
    print("the parent's counter counts:", counter.count)


if __name__ == "__main__":
    main()
