"""A nested function as a Process target: fork runs it, spawn cannot."""

import multiprocessing
import pickle


def main():
    method = multiprocessing.get_start_method()
    greeting = "hello"  # a local value that the nested function captures

    def greet(name):
        print(f"{greeting}, {name}")

    child = multiprocessing.Process(target=greet, args=("worker",))
    try:
        # spawn and forkserver pickle the target to send it to the child;
        # a nested function has no importable name, so that fails.
        child.start()
    except (AttributeError, pickle.PicklingError):
        # The type and wording of this error change between versions.
        print(f"{method}: start() could not pickle {greet.__qualname__}")
        return
    child.join(timeout=10)
    print(f"{method}: the child exited with code {child.exitcode}")


if __name__ == "__main__":
    main()
