"""Stop a stuck ProcessPoolExecutor: terminate_workers(), kill_workers()."""

import multiprocessing
import signal
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool


def set_up_worker(event):
    """Runs once in the worker: keep the event where the tasks find it."""
    global started
    started = event


def stuck(n):
    started.set()
    time.sleep(20)  # stands for a task that hangs: far past any timeout
    return n


def stuck_ignoring_sigterm(n):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    return stuck(n)


def stop(task, how):
    started = multiprocessing.Event()
    with ProcessPoolExecutor(
        max_workers=1, initializer=set_up_worker, initargs=(started,)
    ) as executor:
        future = executor.submit(task, 1)
        started.wait(timeout=10)  # the task is running in the worker now
        try:
            future.result(timeout=0.5)
        except TimeoutError:
            print(f"{task.__name__}: result(timeout=0.5) -> TimeoutError")
        begin = time.monotonic()
        if how == "terminate":
            executor.terminate_workers()  # SIGTERM to every live worker
        else:
            executor.kill_workers()  # SIGKILL to every live worker
        try:
            future.result(timeout=10)
        except BrokenProcessPool:
            print(f"{how}_workers(): the task fails with BrokenProcessPool")
        try:
            executor.submit(task, 2)
        except RuntimeError as error:  # BrokenProcessPool is one too
            print("submit() afterwards:", type(error).__name__)
    # Leaving the block waited for no task: the workers are gone.
    print(
        "the with block ended within 5 s of the stop:",
        time.monotonic() - begin < 5,
    )


def main():
    stop(stuck, "terminate")
    stop(stuck_ignoring_sigterm, "kill")


if __name__ == "__main__":
    main()
