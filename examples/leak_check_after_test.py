"""After each test, check that it left no thread and no child process
running: compare threading.enumerate() and active_children() with before."""

import multiprocessing
import threading


def left_running(test, *args):
    """Run `test`; return the names of the threads and child processes it
    started that are still running."""
    threads = set(threading.enumerate())
    children = set(multiprocessing.active_children())
    test(*args)
    new_threads = set(threading.enumerate()) - threads
    new_children = set(multiprocessing.active_children()) - children
    return sorted(x.name for x in new_threads | new_children)


def tidy_test(stop):
    thread = threading.Thread(target=stop.wait, args=(5,), name="worker")
    process = multiprocessing.Process(
        target=stop.wait, args=(5,), name="child"
    )
    thread.start()
    process.start()
    stop.set()
    thread.join(timeout=5)
    process.join(timeout=5)


def leaky_test(stop):
    """Starts the same two, and returns without stopping them."""
    threading.Thread(target=stop.wait, args=(5,), name="worker").start()
    multiprocessing.Process(target=stop.wait, args=(5,), name="child").start()


def main():
    for test in (tidy_test, leaky_test):
        stop = multiprocessing.Event()
        left = left_running(test, stop)
        print(f"{test.__name__}: left running: {', '.join(left) or 'nothing'}")
        stop.set()  # what a failed check must do too: stop them, then join
    for thread in threading.enumerate():
        if thread is not threading.current_thread():
            thread.join(timeout=5)
    for child in multiprocessing.active_children():
        child.join(timeout=5)
    print(
        f"at the end: {threading.active_count()} thread, "
        f"{len(multiprocessing.active_children())} child processes"
    )


if __name__ == "__main__":
    main()
