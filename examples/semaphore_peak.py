"""A Semaphore lets at most two of six threads use a resource at once."""

import threading

LIMIT = 2
WORKERS = 6


class Gauge:
    """Counts the threads inside and the most seen inside at once."""

    def __init__(self):
        self._lock = threading.Lock()
        self.inside = self.peak = self.served = 0

    def enter(self):
        with self._lock:
            self.inside += 1
            self.peak = max(self.peak, self.inside)

    def leave(self):
        with self._lock:
            self.inside -= 1
            self.served += 1


def use_resource(slots, pair_up, gauge):
    if not slots.acquire(timeout=5):  # blocks while LIMIT threads are in
        raise RuntimeError("no free slot within 5 seconds")
    try:
        gauge.enter()
        # Stay inside until LIMIT threads are inside together, so the peak
        # reaches the limit on every run rather than only when timing helps.
        pair_up.wait(timeout=5)
        gauge.leave()
    finally:
        slots.release()


def main():
    slots = threading.Semaphore(LIMIT)
    pair_up = threading.Barrier(LIMIT)
    gauge = Gauge()
    threads = [
        threading.Thread(target=use_resource, args=(slots, pair_up, gauge))
        for _ in range(WORKERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    print(f"threads: {WORKERS}, slots: {LIMIT}")
    print("most threads inside at once:", gauge.peak)
    print("threads served:", gauge.served)


if __name__ == "__main__":
    main()
