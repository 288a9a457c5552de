"""Every benchmark, in the order a run measures them."""

from . import (
    cpu,
    hashing,
    memory,
    races,
    singlethread,
    startup,
    transfer,
    waits,
)

BENCHMARKS = (  # start-up first, while this process is small and alone
    startup.BENCHMARK,
    memory.BENCHMARK,
    transfer.BENCHMARK,
    waits.BENCHMARK,
    cpu.BENCHMARK,
    hashing.BENCHMARK,
    singlethread.BENCHMARK,
    races.BENCHMARK,
)


def named(name):
    """The benchmark whose results are under `name` in a results file."""
    for benchmark in BENCHMARKS:
        if benchmark.name == name:
            return benchmark
    raise LookupError(f"no benchmark named {name!r}")
