"""Choose a start method with get_context(): no global setting to clash."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


def library_squares(numbers):
    """Library code: a context of its own leaves the global setting alone."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as executor:
        return list(executor.map(square, numbers, timeout=20))


def main():
    print("library, spawn:", library_squares([1, 2, 3]))
    forkserver = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=1, mp_context=forkserver) as pool:
        print("main, forkserver:", list(pool.map(square, [4, 5], timeout=20)))


if __name__ == "__main__":
    main()
