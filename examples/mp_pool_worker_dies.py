"""A Pool replaces a worker that dies, but its task never completes."""

import multiprocessing
import os


def square(n):
    if n == 0:
        os._exit(1)  # the worker process ends at once, as a crash would
    return n * n


def main():
    with multiprocessing.Pool(processes=1) as pool:
        lost = pool.apply_async(square, (0,))
        try:
            # Without a timeout, this get() would wait forever.
            lost.get(timeout=0.5)
        except multiprocessing.TimeoutError:
            print("task 0: multiprocessing.TimeoutError after 0.5 s")
        # The pool started a new worker, which runs later tasks normally.
        later = pool.apply_async(square, (3,))
        print("task 3:", later.get(timeout=10))
        # No close() and join() here: join() would wait for the lost task
        # forever. Leaving the with-block calls terminate(), which does not.


if __name__ == "__main__":
    main()
