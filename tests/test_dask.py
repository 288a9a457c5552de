"""The Dask example points at a separately started cluster by DASK_SCHEDULER_ADDRESS alone.

A scheduler and a worker are started here as their own processes on 127.0.0.1, as they
would run on other machines; the example, unchanged, must print what it prints on its
own LocalCluster.
"""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from examples import _catalogue as catalogue
from support.runs import LABEL, check_example, unmet_requirement

NAME = "dask_same_futures_code"
DASK = Path(sys.executable).with_name("dask")


@pytest.fixture
def scheduler_address(tmp_path):
    if reason := unmet_requirement(NAME):
        pytest.skip(reason)
    scheduler_file = tmp_path / "scheduler.json"
    common = ["--scheduler-file", scheduler_file]
    scheduler = subprocess.Popen(
        [
            DASK,
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--dashboard-address",
            "127.0.0.1:0",
            *common,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = subprocess.Popen(
        [
            DASK,
            "worker",
            "--host",
            "127.0.0.1",
            "--nworkers",
            "2",
            "--nthreads",
            "1",
            "--no-dashboard",
            *common,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert scheduler_file.exists(), (
            "the Dask scheduler did not start within 30 s"
        )
        yield json.loads(scheduler_file.read_text())["address"]
    finally:
        for process in (worker, scheduler):
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_the_same_code_runs_on_a_separate_cluster(
    scheduler_address, monkeypatch
):
    assert scheduler_address.startswith("tcp://127.0.0.1:")
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", scheduler_address)
    check_example(
        NAME, start_method="spawn"
    )  # its environment is this process's
    assert "most_steps_in" in task_prefixes(scheduler_address), (
        "the tasks did not run on that cluster"
    )


def task_prefixes(address):
    """The names of the functions whose tasks the scheduler at `address` has seen."""
    from distributed import Client

    with Client(address, timeout=30) as client:
        return client.run_on_scheduler(
            lambda dask_scheduler: sorted(dask_scheduler.task_prefixes)
        )


def test_dask_starts_its_workers_by_a_start_method_of_its_own():
    """Why the example runs under the interpreter's default start method only
    (catalogue.OWN_START_METHOD): Dask's LocalCluster starts its workers by the method of
    its setting `distributed.worker.multiprocessing-method`, not by Python's default."""
    if reason := unmet_requirement(NAME):
        pytest.skip(reason)
    from distributed.utils import get_mp_context

    assert NAME in catalogue.OWN_START_METHOD
    assert get_mp_context().get_start_method() == "spawn"
    assert catalogue.DEFAULT_START_METHOD[LABEL] != "spawn"
