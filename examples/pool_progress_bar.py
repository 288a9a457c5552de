"""A tqdm progress bar over two process pools, with one task that fails."""

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed

from tqdm import tqdm

ITEMS = range(5)
BAD = 3


def check(n):
    if n == BAD:
        raise ValueError(f"item {n} is bad")
    return n * n


def progress(label):
    """A bar in the parent. The options make each redraw the same on every
    run, so the output below can be checked; drop them in your own code."""
    return tqdm(
        total=len(ITEMS),
        desc=label,
        file=sys.stdout,  # tqdm's default is stderr
        ascii=True,
        mininterval=0,  # redraw on every update...
        miniters=1,
        bar_format="{desc}: {bar:10}| {n_fmt}/{total_fmt}",  # ...no timings
    )


def with_executor():
    done, failed = [], []
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(check, n) for n in ITEMS]
        with progress("executor") as bar:
            # The timeout bounds the whole loop: TimeoutError after 30 s.
            for future in as_completed(futures, timeout=30):
                try:
                    done.append(future.result())
                except ValueError as error:
                    failed.append(error)
                bar.update()
    return done, failed


def with_pool():
    done, failed = [], []
    with multiprocessing.Pool(processes=2) as pool:
        results = pool.imap_unordered(check, ITEMS)
        with progress("pool") as bar:
            for _ in ITEMS:
                # A task's exception is raised here; the next call goes on.
                try:
                    done.append(results.next(timeout=10))
                except ValueError as error:
                    failed.append(error)
                bar.update()
        pool.close()
        pool.join()
    return done, failed


def main():
    # tqdm's first bar starts a monitor thread that outlives it; a pool that
    # forks after that forks a process with threads. miniters=1 needs none.
    tqdm.monitor_interval = 0
    print(f"{len(ITEMS)} tasks each; check({BAD}) raises ValueError")
    for run in (with_executor, with_pool):
        done, failed = run()
        print(f"{run.__name__}: done {sorted(done)}, failed {failed}")


if __name__ == "__main__":
    main()
