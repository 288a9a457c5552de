"""Join the threads that submit to an executor before main() returns."""

import threading
from concurrent.futures import ThreadPoolExecutor


def submit_squares(executor, numbers, results):
    futures = [executor.submit(pow, n, 2) for n in numbers]
    results.extend(future.result(timeout=10) for future in futures)


def main():
    results = []
    with ThreadPoolExecutor(max_workers=2) as executor:
        feeder = threading.Thread(
            target=submit_squares, args=(executor, range(5), results)
        )
        feeder.start()
        # Join inside the with block: the executor is still open.
        feeder.join(timeout=10)
    print("squares:", results)
    print("feeder still running:", feeder.is_alive())


if __name__ == "__main__":
    main()
