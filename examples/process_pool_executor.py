"""ProcessPoolExecutor: submit() and map(), with an explicit start method."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed


def square(n):
    return n * n


def main():
    # mp_context picks the start method for this executor only; spawn
    # exists on every platform, so the program behaves the same everywhere.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as executor:
        # submit() returns a Future at once; as_completed() yields each
        # future once it is done, so result() there returns without waiting.
        futures = [executor.submit(square, n) for n in range(5)]
        finished = as_completed(futures, timeout=10)
        print("submit:", sorted(future.result() for future in finished))

        # map() returns results in input order; timeout counts from the
        # call, and chunksize batches inputs as Pool's does.
        squares = executor.map(square, range(5), timeout=10, chunksize=2)
        print("map:   ", list(squares))
    # Leaving the with-block calls shutdown(wait=True): it waits for the
    # workers to exit, like close() followed by join() on a Pool.


if __name__ == "__main__":
    main()
