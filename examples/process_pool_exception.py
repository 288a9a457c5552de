"""A worker's exception is raised again in the parent, with its traceback."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)  # raises ValueError for text that is not a number


def report(api, error):
    print(f"{api}: {type(error).__name__}: {error}")
    # The worker's traceback, as text, is chained on as the __cause__.
    cause = error.__cause__
    print(f"  __cause__ is a {type(cause).__name__}")
    print("  its text shows the frame in parse():", "in parse" in str(cause))


def main():
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(parse, "forty-two")
        try:
            future.result(timeout=10)
        except ValueError as error:
            report("ProcessPoolExecutor", error)

    with multiprocessing.Pool(processes=1) as pool:
        pending = pool.apply_async(parse, ("forty-two",))
        try:
            pending.get(timeout=10)
        except ValueError as error:
            report("multiprocessing.Pool", error)
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
