"""Start one thread, wait for it with a timeout, and check that it finished."""

import threading


def greet(name):
    thread_name = threading.current_thread().name
    print(f"Hello, {name}, from the thread named {thread_name!r}")


def main():
    thread = threading.Thread(target=greet, args=("reader",), name="greeter")
    thread.start()
    thread.join(timeout=5)  # returns after 5 s, even if the thread still runs
    if thread.is_alive():
        raise SystemExit("the thread did not finish within 5 seconds")
    print("The thread has finished:", not thread.is_alive())


if __name__ == "__main__":
    main()
