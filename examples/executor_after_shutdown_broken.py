"""Submit from a thread that outlives main(): the executor refuses."""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


def try_to_submit(what, submit):
    try:
        submit()
        print(f"{what}: accepted")
    except RuntimeError as error:
        print(f"{what}: RuntimeError: {error}")
        if error.__context__:  # raised while handling an earlier error
            print(f"  after: RuntimeError: {error.__context__}")


def submit_late(used, unused):
    # Stands for work that outlasts main(): wait until the main thread has
    # ended, when the interpreter shuts down its executors.
    threading.main_thread().join(timeout=10)
    try_to_submit("used executor", lambda: used.submit(abs, -1))
    try_to_submit("new executor", lambda: unused.submit(abs, -1))
    try_to_submit(
        "asyncio.to_thread", lambda: asyncio.run(asyncio.to_thread(abs, -1))
    )


def main():
    used = ThreadPoolExecutor(max_workers=1)
    used.submit(abs, -1).result(timeout=10)  # starts its worker thread
    unused = ThreadPoolExecutor(max_workers=1)  # no worker thread yet
    late = threading.Thread(target=submit_late, args=(used, unused))
    late.start()
    # main() returns while `late` still runs: nothing joins it.


if __name__ == "__main__":
    main()
