"""Executor.map(..., buffersize=N) (3.14): a bounded pull from the inputs."""

import itertools
from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


def numbers(taken, stop=None):
    """Yield 0, 1, 2, ... (for ever if stop is None); count what is taken."""
    for n in itertools.islice(itertools.count(), stop):
        taken.append(n)
        yield n


def main():
    with ThreadPoolExecutor(max_workers=2) as executor:
        taken = []
        results = executor.map(square, numbers(taken, 100_000), timeout=30)
        print("without buffersize, taken before the first result:", len(taken))
        print("first result:", next(results))
        results.close()  # cancels the tasks still waiting

        taken = []
        # An endless input is fine: buffersize bounds what is taken.
        results = executor.map(
            square, numbers(taken), timeout=30, buffersize=4
        )
        print("buffersize=4, taken before the first result:", len(taken))
        first_ten = list(itertools.islice(results, 10))
        print("first ten results:", first_ten)
        print("taken after ten results:", len(taken))
        results.close()  # cancels the tasks still waiting


if __name__ == "__main__":
    main()
