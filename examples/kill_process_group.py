"""Run a program that hangs in its own process group, and kill the whole
group in `finally`: killing the program alone leaves its helper running."""

import contextlib
import os
import signal
import subprocess
import sys
import time

# A program that starts a helper process, then hangs.
PROGRAM = """
import subprocess, sys, time
nap = "import time; time.sleep(60)"
helper = subprocess.Popen([sys.executable, "-c", nap])
print(helper.pid, flush=True)
time.sleep(60)
"""


def running(pid):
    """Whether a process `pid` is there (a zombie counts: not yet reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_gone(pid, timeout=5):
    deadline = time.monotonic() + timeout
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not running(pid)


def main():
    program = subprocess.Popen(
        [sys.executable, "-c", PROGRAM],
        stdout=subprocess.PIPE,
        text=True,
        process_group=0,  # its own group, id = its pid; its children join it
    )
    try:
        helper = int(program.stdout.readline())
        try:
            program.wait(timeout=1)
        except subprocess.TimeoutExpired:
            print("the program hung: still running after 1 s")
        program.kill()
        program.wait(timeout=5)
        print(f"program.kill(): helper still running: {running(helper)}")
    finally:
        # Every process of the group, if any is left.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(program.pid, signal.SIGKILL)
        program.stdout.close()
    print(f"os.killpg(): helper gone: {wait_gone(helper)}")


if __name__ == "__main__":
    main()
