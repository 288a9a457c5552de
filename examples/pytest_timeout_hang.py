"""A test that deadlocks, ended by pytest-timeout, which prints where each
thread waits; run by main() with pytest in a new interpreter."""

import itertools
import os
import subprocess
import sys
import threading

import pytest


def transfer(first, second, both_hold_one):
    with first:
        both_hold_one.wait(timeout=5)
        with second:  # the other thread holds it, and waits for `first`
            pass


@pytest.mark.timeout(1, method="thread")
def test_two_transfers_finish():
    a, b = threading.Lock(), threading.Lock()
    both_hold_one = threading.Barrier(2)
    threads = [
        threading.Thread(
            target=transfer, args=(a, b, both_hold_one), name="A->B"
        ),
        threading.Thread(
            target=transfer, args=(b, a, both_hold_one), name="B->A"
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()  # no timeout here: the marker is the limit


def test_after_the_hang():
    pass


def main():
    command = [sys.executable, "-m", "pytest", __file__, "-v"]
    command += ["-p", "no:cacheprovider"]  # write no .pytest_cache
    command += ["--noconftest", "-c", os.devnull]  # no settings from around
    run = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,  # in case pytest-timeout is missing and the test hangs
    )
    print(f"pytest exited with status {run.returncode}")
    ran = "::test_after_the_hang PASSED" in run.stdout
    print(f"test_after_the_hang ran: {ran}")
    # The threads pytest-timeout found, and their frames in this file.
    lines = run.stdout.splitlines()
    for line, next_line in itertools.pairwise(lines):
        if "Stack of" in line:
            print(line.strip("~ "))
        elif line.strip().startswith(f'File "{__file__}"'):
            print(f"  {line.strip()}\n    {next_line.strip()}")


if __name__ == "__main__":
    main()
