"""A side effect at import runs again in spawn and forkserver processes."""

import multiprocessing

# Top-level code that does something: stands for opening a connection or
# a log file. It runs in every process that imports this module.
print(f"connecting to the database (in module {__name__!r})")


def work(n):
    print(f"task {n} done")


def main():
    for n in range(2):
        child = multiprocessing.Process(target=work, args=(n,))
        child.start()
        child.join(timeout=10)  # one child at a time keeps the order


if __name__ == "__main__":
    main()
