"""A Process's exitcode: 0, the number given to sys.exit(), or -signal."""

import multiprocessing
import os
import signal
import sys


def returns():
    pass


def exits_with_3():
    sys.exit(3)


def killed_by_sigkill():
    os.kill(os.getpid(), signal.SIGKILL)


def main():
    for target in (returns, exits_with_3, killed_by_sigkill):
        process = multiprocessing.Process(target=target)
        process.start()
        process.join(timeout=10)
        print(f"{target.__name__:<17} exitcode {process.exitcode}")


if __name__ == "__main__":
    main()
