"""A program ready to be frozen: freeze_support() first behind the guard.

In a frozen child, freeze_support() runs the child's work and exits; in a
program run by python, it does nothing.
"""

import multiprocessing


def work(results):
    results.put("work() ran in the child")


def main():
    spawn = multiprocessing.get_context("spawn")
    results = spawn.Queue()
    child = spawn.Process(target=work, args=(results,))
    child.start()
    print(results.get(timeout=10))
    child.join(timeout=10)
    print("child exit code:", child.exitcode)


if __name__ == "__main__":
    multiprocessing.freeze_support()
    main()
