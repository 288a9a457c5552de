"""One test, run by pytest-run-parallel in 4 threads at once, finds a race
that the same test run once does not."""

import os
import subprocess
import sys
import threading
import time

import pytest


class Client:
    """Opens its connection on first use; every caller then shares it."""

    def __init__(self):
        self.opened = 0
        self._connection = None

    def connection(self):
        if self._connection is None:  # check, then act: a race
            self._connection = self._connect()
        return self._connection

    def _connect(self):
        time.sleep(0.1)  # the network: other threads run meanwhile
        self.opened += 1
        return object()


class LockedClient(Client):
    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()

    def connection(self):
        with self._lock:
            return super().connection()


@pytest.fixture(params=[Client, LockedClient], ids=lambda cls: cls.__name__)
def client(request):
    return request.param()  # one object per test, shared by its threads


def test_opens_one_connection(client):
    assert client.connection() is client.connection()
    assert client.opened == 1


def run_pytest(*options):
    """Run this file's tests in a new interpreter; print their outcomes."""
    command = [sys.executable, "-m", "pytest", __file__, "-rA", *options]
    command += ["-p", "no:cacheprovider"]  # write no .pytest_cache
    command += ["--noconftest", "-c", os.devnull]  # no settings from around
    run = subprocess.run(command, capture_output=True, text=True, timeout=60)
    print(f"pytest {' '.join(options)}: exit status {run.returncode}")
    for line in run.stdout.splitlines():
        if line.startswith(("PASSED", "FAILED", "PARALLEL")):
            # The outcome and the test; not the failure's message, whose
            # count varies and which pytest shows only where it fits.
            print(f"  {line.partition(' - ')[0]}")


def main():
    run_pytest("--parallel-threads=1")
    run_pytest("--parallel-threads=4")


if __name__ == "__main__":
    main()
