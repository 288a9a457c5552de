"""Show that exit waits for non-daemon threads but stops daemon threads."""

import threading


def wait_past_exit(never_set):
    try:
        never_set.wait(timeout=60)  # the program ends long before this
        print("daemon: finished")
    finally:
        print("daemon: cleanup")  # never printed: the thread is just stopped


def finish_after_main(go):
    go.wait(timeout=5)
    print("non-daemon: finished; exit waited for me")


def main():
    never_set, go = threading.Event(), threading.Event()
    daemon = threading.Thread(
        target=wait_past_exit, args=(never_set,), name="daemon", daemon=True
    )
    worker = threading.Thread(
        target=finish_after_main, args=(go,), name="non-daemon"
    )
    daemon.start()
    worker.start()
    print("daemon flags:", {t.name: t.daemon for t in (daemon, worker)})
    print("main() returns without joining either thread")
    go.set()  # the non-daemon thread can finish only from here on


if __name__ == "__main__":
    main()
