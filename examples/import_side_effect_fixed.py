"""Side effects belong in main(), which runs in the parent only."""

import multiprocessing


def connect():
    # Stands for opening a connection or a log file. A connection cannot
    # be pickled: a worker that needs one opens its own, in its task or
    # in a Pool initializer.
    print(f"connecting to the database (in module {__name__!r})")


def work(n):
    print(f"task {n} done")


def main():
    connect()
    for n in range(2):
        child = multiprocessing.Process(target=work, args=(n,))
        child.start()
        child.join(timeout=10)  # one child at a time keeps the order


if __name__ == "__main__":
    main()
