"""Print the exact error a process pool gives for a lambda, on this Python."""

import pickle
import sys
from concurrent.futures import ProcessPoolExecutor


def main():
    version = "Python {}.{}".format(*sys.version_info)
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(lambda x: x * 10, 4)
        try:
            future.result(timeout=10)
        except (AttributeError, pickle.PicklingError) as exc:
            # Printed as is: the wording changed in Python 3.13.
            print(f"{version}: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
