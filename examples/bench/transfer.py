"""What it costs to send data to another process: pickled through a Pipe,
or written into shared memory; and pickling alone for comparison. Where
there are subinterpreters (3.14+), what it costs to hand one the data:
bytes, which it gets a copy of, or a memoryview, which it shares."""

import contextlib
import pickle
from multiprocessing import shared_memory

from . import shown
from .benchmark import Benchmark
from .formatting import markdown, milliseconds, number, size_label
from .measure import take_turns
from .workloads import answer_payloads

ANSWER_TIMEOUT = 30  # seconds for the child to answer one message
WAYS = (
    "pickle + Pipe",
    "SharedMemory",
    "pickle only (no transfer)",
    "subinterpreter, bytes (copied)",
    "subinterpreter, memoryview (shared)",
)
PROCESS_WAYS, INTERPRETER_WAYS = WAYS[:3], WAYS[3:]
COLOURS = ("processes", "threads", "extra", "interpreters", "freethreaded")


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


def to_subinterpreter(interpreter, payload):
    """Call len() in the subinterpreter on a copy of the bytes."""
    return interpreter.call(len, payload)


def share_with_subinterpreter(interpreter, view):
    """The subinterpreter gets a memoryview of this interpreter's buffer,
    no copy, and calls len() on it."""
    return interpreter.call(len, view)


@contextlib.contextmanager
def subinterpreter():
    """A subinterpreter for the whole benchmark, or None before 3.14."""
    try:
        from concurrent import interpreters
    except ImportError:
        yield None
        return
    interpreter = interpreters.create()
    try:
        yield interpreter
    finally:
        interpreter.close()


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
            with subinterpreter() as interpreter:
                series = measure_sizes(
                    conn, block, interpreter, sizes, settings.fast_repeats
                )
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


def measure_sizes(conn, block, interpreter, sizes, repeats):
    ways = WAYS if interpreter else PROCESS_WAYS
    series = {name: [] for name in ways}
    buffer = bytearray(max(sizes)) if interpreter else None
    for size in sizes:
        payload = b"x" * size
        cases = ways_to_send(conn, block, payload)
        if interpreter:
            cases |= ways_to_hand_over(interpreter, buffer, payload)
        timings, results = take_turns(cases, repeats)
        if set(results.values()) != {size}:
            raise RuntimeError(f"wrong sizes came back: {results}")
        for name in ways:
            series[name].append({"x": size, **timings[name]})
    return series


def ways_to_send(conn, block, payload):
    """{way: action} sending `payload` to the child in each process way."""
    return dict(
        zip(
            PROCESS_WAYS,
            (
                lambda: via_pipe(conn, payload),
                lambda: via_shared_memory(conn, block, payload),
                lambda: pickle_only(payload),
            ),
            strict=True,
        )
    )


def ways_to_hand_over(interpreter, buffer, payload):
    """{way: action} handing `payload` to the subinterpreter each way.

    The payload is written into the shared buffer once, untimed: sharing
    means the data already lives where both interpreters can read it.
    """
    buffer[: len(payload)] = payload
    view = memoryview(buffer)[: len(payload)]
    return dict(
        zip(
            INTERPRETER_WAYS,
            (
                lambda: to_subinterpreter(interpreter, payload),
                lambda: share_with_subinterpreter(interpreter, view),
            ),
            strict=True,
        )
    )


def transfer_table(runs, _name):
    """Each shown way's time per payload size: median (min–max)."""
    picked = shown.transfer_series(runs, WAYS, COLOURS)
    sizes = [p["x"] for p in picked[0].points]
    rows = [
        [item.label, *(milliseconds(p) for p in item.points)]
        for item in picked
    ]
    rows.append(
        [
            f"pickle + Pipe: rate (MB/s), {picked[0].label.split(', ')[-1]}",
            *(rate(p["x"], p) for p in picked[0].points),
        ]
    )
    return markdown(
        ["way, interpreter", *(f"{size_label(s)} (ms)" for s in sizes)],
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
    colours=COLOURS,  # shared memory in the threads' colour
    format_x=size_label,
)
