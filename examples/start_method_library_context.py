"""A library takes a context from its caller instead of setting a global."""

import multiprocessing


def square_all(numbers, results):
    results.put([n * n for n in numbers])


def squares_in_child(numbers, mp_context=None):
    """Library code: square numbers in a child process.

    Uses mp_context when given, else the program's default context.
    """
    ctx = mp_context or multiprocessing.get_context()
    results = ctx.Queue()  # from the same context as the process
    child = ctx.Process(target=square_all, args=(numbers, results))
    child.start()
    squares = results.get(timeout=10)
    child.join(timeout=10)
    if child.exitcode != 0:
        raise RuntimeError(f"the child failed: {child.exitcode}")
    return squares


def main():
    default_method = multiprocessing.get_start_method()
    print("with the default context:", squares_in_child([1, 2, 3]))
    spawn = multiprocessing.get_context("spawn")
    print("with a spawn context:", squares_in_child([4, 5], mp_context=spawn))
    print(
        "the global start method is unchanged:",
        multiprocessing.get_start_method() == default_method,
    )


if __name__ == "__main__":
    main()
