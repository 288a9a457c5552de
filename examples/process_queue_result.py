"""Send each worker's result back to the parent through a Queue."""

import multiprocessing


def sum_of_squares(n, results):
    results.put((n, sum(i * i for i in range(n))))


def main():
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=sum_of_squares, args=(n, results))
        for n in (10, 1_000, 100_000)
    ]
    for worker in workers:
        worker.start()
    # Read every result before joining: a child that has put data on a queue
    # does not exit until that data has been read from the pipe.
    totals = dict(results.get(timeout=10) for _ in workers)
    for worker in workers:
        worker.join(timeout=10)
        if worker.exitcode != 0:
            code = worker.exitcode
            raise SystemExit(f"{worker.name} ended with exit code {code}")
    for n in sorted(totals):  # results arrive in any order; print them sorted
        print(f"sum of squares below {n:>7,}: {totals[n]:,}")


if __name__ == "__main__":
    main()
