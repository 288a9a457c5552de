"""Handle Ctrl-C: KeyboardInterrupt reaches the main thread only."""

import signal
import threading


def poll(stop):
    while not stop.wait(timeout=1.0):
        pass  # real work would go here
    print(f"{threading.current_thread().name}: stop requested, cleaning up")


def main():
    stop = threading.Event()
    worker = threading.Thread(target=poll, args=(stop,), name="worker")
    worker.start()  # returns once the worker is running
    try:
        signal.raise_signal(signal.SIGINT)  # what pressing Ctrl-C sends
        worker.join(timeout=5)  # not reached: the interrupt comes first
    except KeyboardInterrupt:
        where = threading.current_thread().name
        print(f"KeyboardInterrupt raised in {where}")
    finally:
        stop.set()  # without this, exit would wait for the worker forever
    worker.join(timeout=5)
    print("worker stopped:", not worker.is_alive())


if __name__ == "__main__":
    main()
