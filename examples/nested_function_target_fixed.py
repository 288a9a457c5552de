"""A module-level target, with functools.partial for the captured value."""

import functools
import multiprocessing


def greet(greeting, name):
    print(f"{greeting}, {name}")


def main():
    greeting = "hello"
    # A partial of a module-level function pickles as the function's name
    # plus its bound arguments (args=(greeting, "worker") works as well).
    target = functools.partial(greet, greeting)
    child = multiprocessing.Process(target=target, args=("worker",))
    child.start()
    child.join(timeout=10)
    print(f"the child exited with code {child.exitcode}")


if __name__ == "__main__":
    main()
