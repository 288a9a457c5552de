"""Leaving a Pool's with-block terminates it: unfinished work is lost."""

import multiprocessing
import time


def slow_square(n):
    time.sleep(0.5)
    return n * n


def main():
    with multiprocessing.Pool(processes=2) as pool:
        pending = [pool.apply_async(slow_square, (n,)) for n in range(4)]
        # Nothing waits for the tasks: __exit__ calls pool.terminate(),
        # which stops the workers before they finish.
    finished = [result for result in pending if result.ready()]
    print(f"tasks finished: {len(finished)} of {len(pending)}")


if __name__ == "__main__":
    main()
