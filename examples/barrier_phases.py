"""Threads wait for each other at a Barrier between two phases of work."""

import itertools
import threading

PARTIES = 3


def work(index, barrier, squares, totals):
    squares[index] = (index + 1) ** 2  # phase 1: each thread fills its slot
    barrier.wait(timeout=5)  # no thread reads squares before all are written
    totals[index] = sum(squares)  # phase 2 needs every phase 1 result
    barrier.wait(timeout=5)


def main():
    phase = itertools.count(1)
    # The action runs once per phase, in one thread, before any is released.
    barrier = threading.Barrier(
        PARTIES, action=lambda: print(f"phase {next(phase)} complete")
    )
    squares, totals = [None] * PARTIES, [None] * PARTIES
    threads = [
        threading.Thread(target=work, args=(i, barrier, squares, totals))
        for i in range(PARTIES)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    print("squares:", squares, "total seen by each thread:", totals)

    lonely = threading.Barrier(2)  # nobody else will come
    try:
        lonely.wait(timeout=0.2)
    except threading.BrokenBarrierError:
        print("1 of 2 parties came; after the timeout, broken:", lonely.broken)


if __name__ == "__main__":
    main()
