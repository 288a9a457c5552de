"""A deadlock that would hang for ever, ended after 1 second by faulthandler,
which first prints where every thread is stuck."""

import faulthandler
import threading

HANG_LIMIT = 1.0  # seconds; a test suite would give a whole test more


def transfer(first, second, both_hold_one):
    with first:
        both_hold_one.wait(timeout=5)
        with second:  # the other thread holds it, and waits for `first`
            pass


def main():
    faulthandler.dump_traceback_later(HANG_LIMIT, exit=True)
    a, b = threading.Lock(), threading.Lock()
    both_hold_one = threading.Barrier(2)
    threads = [
        threading.Thread(
            target=transfer, args=(a, b, both_hold_one), name="A->B"
        ),
        threading.Thread(
            target=transfer, args=(b, a, both_hold_one), name="B->A"
        ),
    ]
    for thread in threads:
        thread.start()
    print("Two transfers started", flush=True)  # flushed: see the page
    for thread in threads:
        thread.join()  # no timeout: faulthandler is the limit
    faulthandler.cancel_dump_traceback_later()
    print("Both transfers finished")


if __name__ == "__main__":
    main()
