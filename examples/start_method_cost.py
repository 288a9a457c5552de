"""Time starting and joining a do-nothing process under each start method."""

import multiprocessing
import statistics
import threading
import time

ROUNDS = 5


def do_nothing():
    pass


def start_and_join_ms(make_worker):
    """Milliseconds to start one worker made by make_worker and join it."""
    began = time.perf_counter()
    worker = make_worker(target=do_nothing)
    worker.start()
    worker.join(timeout=10)
    elapsed = (time.perf_counter() - began) * 1000
    if worker.is_alive():
        raise SystemExit("a worker did not finish within 10 seconds")
    return elapsed


def median_ms(make_worker):
    return statistics.median(
        start_and_join_ms(make_worker) for _ in range(ROUNDS)
    )


def main():
    # Threads first, while no helper process competes for the CPU.
    costs = {"thread": median_ms(threading.Thread)}
    forkserver = multiprocessing.get_context("forkserver")
    # The first forkserver process also starts the server: time it apart.
    first_forkserver = start_and_join_ms(forkserver.Process)
    for method in ("fork", "forkserver", "spawn"):
        ctx = multiprocessing.get_context(method)
        costs[method] = median_ms(ctx.Process)
    print(f"median of {ROUNDS} starts and joins, in milliseconds:")
    for name, ms in costs.items():
        print(f"{name:>10}: {ms:7.2f}")
    print(
        "first forkserver process, server start included: "
        f"{first_forkserver:.2f}"
    )


if __name__ == "__main__":
    main()
