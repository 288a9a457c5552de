"""Inside a Pool's with-block, get every result, then close() and join()."""

import multiprocessing
import time


def slow_square(n):
    time.sleep(0.5)
    return n * n


def main():
    with multiprocessing.Pool(processes=2) as pool:
        pending = [pool.apply_async(slow_square, (n,)) for n in range(4)]
        # get() waits for each task, at most 10 s each.
        results = [result.get(timeout=10) for result in pending]
        # join() takes no timeout; after close() it returns as soon as the
        # idle workers have exited, which the finished tasks make quick.
        pool.close()
        pool.join()
    print(f"tasks finished: {len(results)} of {len(pending)}")
    print("results:", results)


if __name__ == "__main__":
    main()
