"""A lambda as a Process target: fine under fork, refused under spawn."""

import multiprocessing
import pickle
import re


def main():
    method = multiprocessing.get_start_method()
    process = multiprocessing.Process(target=lambda: print("the lambda ran"))
    try:
        # spawn and forkserver pickle the Process object, target included,
        # to send it to the new interpreter; fork copies memory instead.
        process.start()
    except (AttributeError, pickle.PicklingError) as exc:
        # The wording changed in 3.13 and 3.14; 3.14 adds an address.
        message = re.sub(r"0x[0-9a-f]+", "0x...", str(exc))
        print(f"{method}: start() raised {type(exc).__name__}: {message}")
        return
    process.join(timeout=10)
    print(f"{method}: the child exited with code {process.exitcode}")


if __name__ == "__main__":
    main()
