"""What it costs to send data to another process: pickled through a Pipe,
or written into shared memory; and pickling alone for comparison."""

import pickle
from multiprocessing import shared_memory

from .benchmark import Benchmark
from .formatting import markdown, milliseconds, number, size_label
from .measure import take_turns
from .workloads import answer_payloads

ANSWER_TIMEOUT = 30  # seconds for the child to answer one message
WAYS = ("pickle + Pipe", "SharedMemory", "pickle only (no transfer)")


def round_trip(conn, message):
    """Send `message`, wait for the child's short answer."""
    conn.send(message)
    if not conn.poll(ANSWER_TIMEOUT):
        raise RuntimeError(f"no answer within {ANSWER_TIMEOUT} s")
    return conn.recv()


def via_pipe(conn, payload):
    """Pickle the payload, write it to the pipe; the child unpickles it."""
    return round_trip(conn, ("pickled", payload))


def via_shared_memory(conn, block, payload):
    """Copy the payload into the shared block; the child copies it out."""
    block.buf[: len(payload)] = payload
    return round_trip(conn, ("shared", len(payload)))


def pickle_only(payload):
    """pickle.dumps and pickle.loads in this process: no transfer."""
    return len(pickle.loads(pickle.dumps(payload)))


def transfer_cost(settings, context):
    """Round-trip times per payload size, one child for the whole run."""
    sizes = settings.payload_sizes
    block = shared_memory.SharedMemory(create=True, size=max(sizes))
    try:
        conn, child_conn = context.Pipe()
        child = context.Process(
            target=answer_payloads, args=(child_conn, block.name)
        )
        child.start()
        child_conn.close()  # the child holds its own end
        try:
            series = measure_sizes(conn, block, sizes, settings.fast_repeats)
        finally:
            conn.send(None)
            child.join(timeout=ANSWER_TIMEOUT)
            conn.close()
        if child.exitcode != 0:
            raise RuntimeError(f"the child ended with {child.exitcode}")
    finally:
        block.close()
        block.unlink()  # once, by the creator, after the child has gone
    return {
        "title": "Sending data to another process",
        "x_name": "payload size (bytes)",
        "parameters": {
            "payload": "bytes of the given size",
            "child": "examples.bench.workloads.answer_payloads",
        },
        "series": series,
    }


def measure_sizes(conn, block, sizes, repeats):
    series = {name: [] for name in WAYS}
    for size in sizes:
        cases = ways_to_send(conn, block, b"x" * size)
        timings, results = take_turns(cases, repeats)
        if set(results.values()) != {size}:
            raise RuntimeError(f"wrong sizes came back: {results}")
        for name in WAYS:
            series[name].append({"x": size, **timings[name]})
    return series


def ways_to_send(conn, block, payload):
    """{way: action} sending `payload` to the child in each of the WAYS."""
    return dict(
        zip(
            WAYS,
            (
                lambda: via_pipe(conn, payload),
                lambda: via_shared_memory(conn, block, payload),
                lambda: pickle_only(payload),
            ),
            strict=True,
        )
    )


def transfer_table(bench):
    """Each way's time per payload size, and the transfer rates."""
    pipe, shared, alone = (bench["series"][way] for way in WAYS)
    rows = []
    for by_pipe, by_shared, pickled in zip(pipe, shared, alone, strict=True):
        size = by_pipe["x"]
        rows.append(
            [
                size_label(size),
                milliseconds(by_pipe),
                rate(size, by_pipe),
                milliseconds(by_shared),
                rate(size, by_shared),
                milliseconds(pickled),
            ]
        )
    return markdown(
        [
            "payload",
            "pickle + Pipe (ms)",
            "pickle + Pipe (MB/s)",
            "SharedMemory (ms)",
            "SharedMemory (MB/s)",
            "pickle only, no transfer (ms)",
        ],
        rows,
    )


def rate(size, point):
    """Megabytes (10⁶ bytes) per second at the median time."""
    return number(size / point["median"] / 1e6)


BENCHMARK = Benchmark(
    name="transfer",
    measure=transfer_cost,
    series=WAYS,
    chart="lines",
    axis_labels=(
        "Payload size (bytes, log scale)",
        "Round-trip time (ms, log scale)",
    ),
    table=transfer_table,
    colours=("processes", "threads", "extra"),  # shared memory as threads
    format_x=size_label,
)
