"""A setting changed in main() never reaches spawn and forkserver workers."""

import multiprocessing

SETTINGS = {"unit": "metres"}  # the import-time value


def describe(length):
    return f"{length} {SETTINGS['unit']}"


def main():
    # Stands for a value read from the command line or a config file.
    SETTINGS["unit"] = "feet"
    method = multiprocessing.get_start_method()
    with multiprocessing.Pool(processes=2) as pool:
        lengths = pool.map_async(describe, [3, 5, 8]).get(timeout=10)
        pool.close()
        pool.join()
    # fork workers copied SETTINGS as main() left it; spawn and forkserver
    # workers imported this module afresh and see the import-time value.
    print(f"{method}: {lengths}")


if __name__ == "__main__":
    main()
