"""How much work each benchmark does, in a full run and in a quick one."""

import multiprocessing
from dataclasses import dataclass

START_METHODS = ("fork", "spawn", "forkserver")  # in the order shown


@dataclass(frozen=True)
class Settings:
    quick: bool
    repeats: int  # timed runs of each case; the slower benchmarks
    fast_repeats: int  # the same, for cases of milliseconds
    start_repeats: int
    worker_counts: tuple  # threads or processes for CPU and hashing
    cpu_steps: int  # loop steps in all, split over the workers
    hash_pieces: int  # 16 MiB updates in all, split over the workers
    wait_seconds: float
    wait_counts: tuple
    payload_sizes: tuple  # bytes
    loop_steps: int  # steps of each single-thread loop
    race_runs: int  # runs of each race, two threads each
    race_updates: int  # updates per thread per run
    memory_repeats: int  # fresh interpreters measured
    start_methods: tuple  # of the process pools in the scaling benchmarks


def worker_counts(cpus):
    """1, 2, 4, ... up to twice the CPUs (and at least 4), so the runs
    show both scaling and oversubscription."""
    counts = [1]
    while counts[-1] < max(4, 2 * cpus):
        counts.append(counts[-1] * 2)
    return tuple(counts)


def start_methods(quick):
    """Every start method this platform has, or in a quick run only the
    default one."""
    if quick:
        return (multiprocessing.get_start_method(),)
    have = multiprocessing.get_all_start_methods()
    return tuple(method for method in START_METHODS if method in have)


def for_run(quick, cpus):
    counts = worker_counts(cpus)
    if quick:
        return Settings(
            quick=True,
            repeats=1,
            fast_repeats=3,
            start_repeats=3,
            worker_counts=counts,
            cpu_steps=400_000,
            hash_pieces=4,
            wait_seconds=0.05,
            wait_counts=(1, 2, 4, 8),
            payload_sizes=(1_000, 100_000, 1_000_000),
            loop_steps=20_000,
            race_runs=3,
            race_updates=10_000,
            memory_repeats=1,
            start_methods=start_methods(quick),
        )
    return Settings(
        quick=False,
        repeats=5,
        fast_repeats=20,
        start_repeats=20,
        worker_counts=counts,
        cpu_steps=16_000_000,
        hash_pieces=64,
        wait_seconds=0.05,
        wait_counts=(1, 2, 4, 8, 16),
        payload_sizes=(1_000, 100_000, 1_000_000, 10_000_000),
        loop_steps=500_000,
        race_runs=50,
        race_updates=100_000,
        memory_repeats=5,
        start_methods=start_methods(quick),
    )
