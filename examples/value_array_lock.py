"""Count across processes in a shared Value, guarded by its own lock."""

import multiprocessing

WORKERS = 4
INCREMENTS = 10_000


def count(counter, done, index):
    for _ in range(INCREMENTS):
        # += reads the value, then writes it back: hold the lock for both.
        with counter.get_lock():
            counter.value += 1
    done[index] = INCREMENTS  # each worker writes only its own slot


def main():
    counter = multiprocessing.Value("i", 0)  # a C int in shared memory
    done = multiprocessing.Array("i", WORKERS)  # C ints, all zero
    workers = [
        multiprocessing.Process(target=count, args=(counter, done, index))
        for index in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=10)
        if worker.exitcode != 0:
            raise SystemExit(f"{worker.name} ended with {worker.exitcode}")
    print("increments per worker:", list(done))
    print(f"expected total: {WORKERS * INCREMENTS:,}")
    print(f"counter.value:  {counter.value:,}")


if __name__ == "__main__":
    main()
