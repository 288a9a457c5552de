"""Hand run-time settings to every worker with a Pool initializer."""

import multiprocessing

_settings = None  # set in each worker process by init_worker()


def init_worker(settings):
    global _settings
    _settings = settings


def describe(length):
    return f"{length} {_settings['unit']}"


def main():
    settings = {"unit": "feet"}  # read at run time, as before
    # initargs are pickled and sent to each worker, whatever the start
    # method; init_worker() runs in the worker before its first task.
    with multiprocessing.Pool(
        processes=2, initializer=init_worker, initargs=(settings,)
    ) as pool:
        lengths = pool.map_async(describe, [3, 5, 8]).get(timeout=10)
        pool.close()
        pool.join()
    print(lengths)


if __name__ == "__main__":
    main()
