"""A timeout on result() or get() raises; the task itself keeps running."""

import concurrent.futures
import multiprocessing
import time


def slow_square(n):
    time.sleep(0.5)
    return n * n


def main():
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(slow_square, 3)
        try:
            future.result(timeout=0.1)
        except concurrent.futures.TimeoutError:
            print("result(timeout=0.1): concurrent.futures.TimeoutError")
        # The timeout only ended the wait: the worker finished the task.
        print("result(timeout=10) later:", future.result(timeout=10))

    with multiprocessing.Pool(processes=1) as pool:
        pending = pool.apply_async(slow_square, (4,))
        try:
            pending.get(timeout=0.1)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.1): multiprocessing.TimeoutError")
        print("get(timeout=10) later:", pending.get(timeout=10))
        pool.close()
        pool.join()

    # A bare `except TimeoutError` does not catch this one, on any version.
    subclass = issubclass(multiprocessing.TimeoutError, TimeoutError)
    print("multiprocessing.TimeoutError is a TimeoutError:", subclass)


if __name__ == "__main__":
    main()
