"""A method that holds a lock calls another method that takes it: RLock."""

import threading

LOCK_KINDS = [("Lock", threading.Lock), ("RLock", threading.RLock)]


class Inventory:
    def __init__(self):
        # A plain Lock would block forever in add_many(): the thread that
        # already holds it would wait for itself. An RLock lets the thread
        # that owns it take it again.
        self._lock = threading.RLock()
        self._stock = {}

    def add(self, item, quantity):
        with self._lock:
            self._stock[item] = self._stock.get(item, 0) + quantity

    def add_many(self, pairs):
        with self._lock:  # no other thread sees half of the batch
            for item, quantity in pairs:
                self.add(item, quantity)  # takes the same lock again

    def snapshot(self):
        with self._lock:
            return dict(self._stock)


def second_acquire(lock):
    """Whether the thread that holds `lock` can take it again within 0.1 s."""
    with lock:
        taken = lock.acquire(timeout=0.1)  # the timeout ends the wait
        if taken:
            lock.release()  # an RLock must be released once per acquire
        return taken


def main():
    for kind, make_lock in LOCK_KINDS:
        taken = second_acquire(make_lock())
        print(f"{kind}, taken again by the thread holding it: {taken}")

    inventory = Inventory()
    batch = [("bolt", 2), ("nut", 3)]
    threads = [
        threading.Thread(target=inventory.add_many, args=(batch,))
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    print("stock after 3 batches:", inventory.snapshot())


if __name__ == "__main__":
    main()
