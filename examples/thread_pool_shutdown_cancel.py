"""shutdown(cancel_futures=True) cancels the tasks that have not started."""

import threading
from concurrent.futures import ThreadPoolExecutor


def task(number, started, release):
    if number == 1:
        started.set()
        release.wait(timeout=5)  # hold the only worker until released
    return number


def main():
    started, release = threading.Event(), threading.Event()
    executor = ThreadPoolExecutor(max_workers=1)
    futures = [executor.submit(task, n, started, release) for n in range(1, 6)]
    if not started.wait(timeout=5):
        raise SystemExit("task 1 did not start within 5 seconds")
    # Task 1 runs; tasks 2 to 5 wait in the queue. Cancel those, without
    # waiting, so that we can release task 1; then wait for it to end.
    executor.shutdown(wait=False, cancel_futures=True)
    release.set()
    executor.shutdown(wait=True)

    print("done:", sum(f.done() for f in futures))
    print("cancelled:", sum(f.cancelled() for f in futures))
    completed = [f.result(timeout=5) for f in futures if not f.cancelled()]
    print("completed with results:", completed)
    try:
        executor.submit(task, 6, started, release)
    except RuntimeError as error:
        print(f"submit after shutdown: RuntimeError: {error}")


if __name__ == "__main__":
    main()
