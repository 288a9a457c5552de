"""Give a process pool a lambda: the task cannot be pickled, so it fails."""

import pickle
import re
from concurrent.futures import ProcessPoolExecutor


def main():
    factor = 10
    with ProcessPoolExecutor(max_workers=2) as executor:
        # submit() accepts the lambda; pickling happens later, in a
        # background thread, so the error comes out of result().
        future = executor.submit(lambda x: x * factor, 4)
        try:
            future.result(timeout=10)
        except (AttributeError, pickle.PicklingError) as exc:
            # The wording changed in 3.13 and 3.14; 3.14 adds an address.
            message = re.sub(r"0x[0-9a-f]+", "0x...", str(exc))
            print(f"{type(exc).__name__}: {message}")
        # Only that task failed: the pool still runs picklable tasks.
        print("the pool still works:", executor.submit(abs, -4).result(10))


if __name__ == "__main__":
    main()
