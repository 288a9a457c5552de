"""How often a race shows in a test, at the default switch interval and at
a tiny one set with sys.setswitchinterval()."""

import sys
import threading

TRIALS = 10
ADDS = 50_000  # by each of two threads, in each trial


class Counter:
    def __init__(self):
        self.value = 0

    def add(self):
        value = self.value  # read
        self.store(value + 1)  # write, in a call: a place to switch

    def store(self, value):
        self.value = value


def lost_updates():
    """Two threads add to one counter; how many of their adds were lost."""
    counter = Counter()
    start = threading.Barrier(2)

    def work():
        start.wait(timeout=5)
        for _ in range(ADDS):
            counter.add()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish in 30 seconds")
    return 2 * ADDS - counter.value


def main():
    default = sys.getswitchinterval()
    try:
        for interval in (default, 1e-6):
            sys.setswitchinterval(interval)
            found = sum(1 for _ in range(TRIALS) if lost_updates())
            print(
                f"switch interval {interval:g} s: "
                f"updates lost in {found} of {TRIALS} trials"
            )
    finally:
        sys.setswitchinterval(default)


if __name__ == "__main__":
    main()
