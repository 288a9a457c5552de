"""Ask a worker thread to stop with an Event, and let it clean up."""

import threading
import time

CHECK_EVERY = 1.0  # seconds between checks for work


def poll(stop):
    print("worker: checking for work")
    # wait() sleeps like time.sleep(), but returns True as soon as stop is set
    while not stop.wait(timeout=CHECK_EVERY):
        print("worker: checking for work")
    print("worker: stop requested, cleaning up")


def main():
    stop = threading.Event()
    worker = threading.Thread(target=poll, args=(stop,), name="worker")
    worker.start()
    time.sleep(0.1)  # main() does other things while the worker runs

    asked = time.monotonic()
    stop.set()
    worker.join(timeout=5)
    waited = time.monotonic() - asked
    print("worker stopped:", not worker.is_alive())
    print(f"stopped well within one {CHECK_EVERY} s sleep:", waited < 0.5)


if __name__ == "__main__":
    main()
