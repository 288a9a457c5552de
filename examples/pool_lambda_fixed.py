"""Give a process pool a module-level function, with partial for extra args."""

import functools
from concurrent.futures import ProcessPoolExecutor


def scale(factor, x):
    return factor * x


def main():
    factor = 10
    # A partial of a module-level function pickles as the function's name
    # plus its bound arguments, so a worker process can rebuild it.
    times_factor = functools.partial(scale, factor)
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = executor.map(times_factor, range(5), timeout=10)
        print("scaled:", list(results))


if __name__ == "__main__":
    main()
