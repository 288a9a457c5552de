"""Print the exact error a process pool gives for a lambda, on this Python."""

import pickle
import re
from concurrent.futures import ProcessPoolExecutor


def main():
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(lambda x: x * 10, 4)
        try:
            future.result(timeout=10)
        except (AttributeError, pickle.PicklingError) as exc:
            # As raised, but for the address 3.14 adds, new every run.
            message = re.sub(r"0x[0-9a-f]+", "0x...", str(exc))
            print(f"{type(exc).__name__}: {message}")


if __name__ == "__main__":
    main()
