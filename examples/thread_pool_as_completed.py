"""Submit tasks to a thread pool and take each result as it completes."""

import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def square(number, hold_back):
    if number == 1:
        # Task 1 waits until the others are collected, so it finishes last
        # although it was submitted first.
        hold_back.wait(timeout=5)
    return number * number


def main():
    hold_back = threading.Event()
    numbers = [1, 2, 3, 4]
    finished = []
    with ThreadPoolExecutor(max_workers=len(numbers)) as executor:
        # Map each future back to its input: as_completed yields futures.
        futures = {executor.submit(square, n, hold_back): n for n in numbers}
        for future in as_completed(futures, timeout=5):
            finished.append((futures[future], future.result(timeout=5)))
            if len(finished) == len(numbers) - 1:
                hold_back.set()
    # The order of tasks 2 to 4 varies from run to run: sort before printing.
    print("Finished first (sorted):", sorted(finished[:-1]))
    print("Finished last:", finished[-1])
    print("All results by input:", dict(sorted(finished)))


if __name__ == "__main__":
    main()
