"""Two threads fill a shared cache under a lock; no key is computed twice."""

import threading

THREADS = 2
KEYS = 100_000


def square(key, calls):
    calls.append(key)  # one list.append: no call is lost from the count
    return key * key


def fill(cache, calls, lock, start):
    start.wait(timeout=5)  # all threads begin together
    for key in range(KEYS):
        with lock:  # the check and the act, as one step
            if key not in cache:
                cache[key] = square(key, calls)


def main():
    cache, calls = {}, []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)
    threads = [
        threading.Thread(target=fill, args=(cache, calls, lock, start))
        for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish in 30 seconds")
    print(f"{THREADS} threads each filled a cache of {KEYS:,} keys")
    print(f"keys in the cache: {len(cache):,}")
    print(f"squares computed:  {len(calls):,}")
    print(f"computed twice:    {len(calls) - len(set(calls)):,}")


if __name__ == "__main__":
    main()
