"""BrokenProcessPool names the dead worker's exit code (new in 3.15)."""

import multiprocessing
import os
import re
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash_with_exit_code(code):
    os._exit(code)  # ends the worker at once, as a crash in C code would


def killed_like_out_of_memory():
    os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer sends


def run(task, *args):
    # Under forkserver the pool learns of the death from the server, with
    # the exit code. Under fork and spawn it can notice the death before
    # the exit code exists, and then __cause__ is None.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as executor:
        future = executor.submit(task, *args)
        try:
            future.result(timeout=10)
        except BrokenProcessPool as error:
            cause = error.__cause__  # None before 3.15
            text = str(cause).strip("\n'")
            print(f"{task.__name__}:")
            print("  __cause__:", type(cause).__name__)
            print("  text:", re.sub(r"Process \d+", "Process <pid>", text))


def main():
    run(crash_with_exit_code, 3)
    run(killed_like_out_of_memory)


if __name__ == "__main__":
    main()
