"""The CPU-bound benchmark: pure-Python loops split over the workers."""

from . import scaling, workloads


def cpu_bound(settings, context):
    """Pure-Python loops: the GIL lets one thread run Python at a time."""
    total = settings.cpu_steps
    series = scaling.compare_ways(
        workloads.busy_sum,
        lambda n: [total // n] * n,
        settings.worker_counts,
        settings,
    )
    return {
        "title": "CPU-bound pure Python",
        "x_name": "workers",
        "parameters": {
            "total_loop_steps": total,
            "function": "examples.bench.workloads.busy_sum",
        },
        "series": series,
    }


BENCHMARK = scaling.benchmark("cpu", cpu_bound, x_label="Workers (count)")
