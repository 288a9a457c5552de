"""When the resource tracker warns about leaked semaphores or shared memory."""

import re
import subprocess
import sys

# Each program runs in its own interpreter, which starts its own tracker.
SEMAPHORE = """\
import multiprocessing, os, signal
# A Lock of a spawn or forkserver context is a named semaphore: tracked.
lock = multiprocessing.get_context("spawn").Lock()
if {killed}:
    os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer or kill -9
"""
SHARED_MEMORY = """\
from multiprocessing import shared_memory
block = shared_memory.SharedMemory(create=True, size=64)
block.close()
if {unlinked}:
    block.unlink()
"""
WARNING = re.compile(r"UserWarning: (resource_tracker: .*)")


def tracker_warnings(program):
    """Run `program` in a new interpreter; return the tracker's warnings."""
    done = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        timeout=20,  # the tracker holds stderr open until it has cleaned up
    )
    # 3.13+ names the objects; the names are random: shown as "...".
    return [
        re.sub(r"(/mp-|/psm_)\w+", r"\1...", line)
        for line in WARNING.findall(done.stderr)
    ]


def show(title, program):
    print(title)
    warnings = tracker_warnings(program)
    for line in warnings:
        print(f"  {line}")
    if not warnings:
        print("  no warning")


def main():
    show("semaphore, process killed:", SEMAPHORE.format(killed=True))
    show("semaphore, normal exit:", SEMAPHORE.format(killed=False))
    show(
        "shared memory, never unlinked:", SHARED_MEMORY.format(unlinked=False)
    )
    show("shared memory, unlinked:", SHARED_MEMORY.format(unlinked=True))


if __name__ == "__main__":
    main()
