"""Four threads that each wait 0.5 s finish together, not one after another."""

import threading
import time

WAITS = 4
WAIT_SECONDS = 0.5


def wait():
    time.sleep(WAIT_SECONDS)  # sleeping, like blocking I/O, releases the GIL


def main():
    threads = [threading.Thread(target=wait) for _ in range(WAITS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    elapsed = time.perf_counter() - started
    serial = WAITS * WAIT_SECONDS
    print(f"{WAITS} waits of {WAIT_SECONDS} s, one per thread")
    overlapped = elapsed < serial / 2
    print(f"Finished in under half of the serial {serial} s: {overlapped}")


if __name__ == "__main__":
    main()
