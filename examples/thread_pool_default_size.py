"""Check a thread pool's default size against the documented formula."""

import os
import sys
from concurrent.futures import ThreadPoolExecutor


def documented_default():
    # Python 3.8 to 3.12 count the machine's CPUs; 3.13 counts the CPUs
    # this process may run on (os.process_cpu_count, new in 3.13).
    if sys.version_info >= (3, 13):
        cpus = os.process_cpu_count()
    else:
        cpus = os.cpu_count()
    return min(32, (cpus or 1) + 4)  # None (unknown) counts as 1 CPU


def main():
    with ThreadPoolExecutor() as executor:
        # _max_workers is private: read here only to check the docs.
        size = executor._max_workers
    print("Default follows the formula:", size == documented_default())
    print("At least 5 workers:", size >= 5)
    print("At most 32 workers:", size <= 32)


if __name__ == "__main__":
    main()
