"""Never ends: a child process that sleeps and a parent that joins it without a timeout."""

import multiprocessing
import time


def main():
    child = multiprocessing.Process(target=time.sleep, args=(600,))
    child.start()
    child.join()


if __name__ == "__main__":
    main()
