"""threading.local: one name, a separate value in every thread."""

import threading

context = threading.local()


def query(sql):
    # No connection argument: each thread finds its own in `context`.
    return f"{context.connection} ran {sql!r}"


def handle(name, all_set, results):
    context.connection = f"connection-{name}"
    # Read only after every thread has set its value: a plain global would
    # hold just the last thread's value by now.
    all_set.wait(timeout=5)
    results[name] = query("SELECT 1")


def main():
    names = ["a", "b", "c"]
    all_set = threading.Barrier(len(names))
    results = {}
    threads = [
        threading.Thread(target=handle, args=(name, all_set, results))
        for name in names
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    for name in names:
        print(f"thread {name}: {results[name]}")
    print("the main thread has a connection:", hasattr(context, "connection"))


if __name__ == "__main__":
    main()
