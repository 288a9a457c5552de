"""The I/O-bound benchmark: n waits of a fixed length, one per worker."""

from . import scaling, workloads


def io_bound(settings, context):
    """n waits of a fixed length: a sleeping thread releases the GIL."""
    delay = settings.wait_seconds
    series = scaling.compare_ways(
        workloads.wait,
        lambda n: [delay] * n,
        settings.wait_counts,
        settings,
    )
    return {
        "title": f"I/O-bound: waits of {delay * 1000:g} ms each",
        "x_name": "waits",
        "parameters": {
            "wait_seconds": delay,
            "function": "examples.bench.workloads.wait",
        },
        "series": series,
    }


BENCHMARK = scaling.benchmark(
    "io",
    io_bound,
    x_label="Waits, one per worker (count)",
    speedup_past_cpus=True,
)
