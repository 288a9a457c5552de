"""The hashlib benchmark: hashing that releases the GIL, split over the
workers."""

from . import scaling, workloads


def gil_released(settings, context):
    """SHA-256 of large buffers: hashlib hashes in C without the GIL."""
    pieces = settings.hash_pieces
    series = scaling.compare_ways(
        workloads.hash_pieces,
        lambda n: [pieces // n] * n,
        settings.worker_counts,
        settings,
        prepare=workloads.make_hash_buffer,
    )
    return {
        "title": "Hashing large buffers (releases the GIL)",
        "x_name": "workers",
        "parameters": {
            "total_bytes": pieces * workloads.HASH_PIECE,
            "bytes_per_update": workloads.HASH_PIECE,
            "function": "examples.bench.workloads.hash_pieces",
        },
        "series": series,
    }


BENCHMARK = scaling.benchmark(
    "hashlib", gil_released, x_label="Workers (count)"
)
