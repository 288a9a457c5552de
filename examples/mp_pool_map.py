"""Pool.map_async with chunksize, and imap_unordered, each wait bounded."""

import multiprocessing


def square(n):
    return n * n


def main():
    numbers = range(10)
    with multiprocessing.Pool(processes=2) as pool:
        # map_async(...).get() is what map() does, plus a timeout: after 10 s
        # get() raises multiprocessing.TimeoutError instead of waiting on.
        # chunksize=5 sends the ten inputs as two batches of five.
        pending = pool.map_async(square, numbers, chunksize=5)
        print("map, in input order:   ", pending.get(timeout=10))

        # imap_unordered yields results in the order workers finish them;
        # next(timeout=...) bounds each wait, which a for-loop cannot.
        done = pool.imap_unordered(square, numbers)
        unordered = [done.next(timeout=10) for _ in numbers]
        print("imap_unordered, sorted:", sorted(unordered))

        # Leaving the with-block calls terminate(). Every result is in, so
        # close() and join() let the idle workers exit on their own first.
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
