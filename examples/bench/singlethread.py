"""What the free-threaded build costs one thread: small loops in the
manner of pyperformance, and the project's own workloads, timed alone."""

from . import workloads
from .benchmark import Benchmark
from .formatting import markdown, milliseconds
from .runs import run_label

SERIES = "one thread"
LOOPS = {  # label: (function, its argument from the settings)
    "function calls": (workloads.calls, "loop_steps"),
    "attribute reads and writes": (workloads.attributes, "loop_steps"),
    "dict get and store": (workloads.dict_updates, "loop_steps"),
    "list append and pop": (workloads.list_ops, "loop_steps"),
    "small objects made and dropped": (workloads.objects, "loop_steps"),
    "busy_sum (the CPU-bound workload)": (workloads.busy_sum, "loop_steps"),
    "SHA-256 of 16 MiB (the hashing workload)": (workloads.hash_pieces, 1),
}
COMPARED = ("py313", "py313t", "py313t-gil")  # the same version, both builds


def one_thread(settings, _context):
    """Each loop's time in this thread, the loops taking turns."""
    from .measure import take_turns

    workloads.make_hash_buffer()
    cases = {}
    for name, (function, argument) in LOOPS.items():
        value = (
            getattr(settings, argument)
            if isinstance(argument, str)
            else argument
        )
        cases[name] = lambda function=function, value=value: function(value)
    timings, _ = take_turns(cases, settings.fast_repeats)
    return {
        "title": "One thread: small loops and the project's workloads",
        "x_name": "loop",
        "parameters": {"loop_steps": settings.loop_steps},
        "series": {SERIES: [{"x": name, **timings[name]} for name in LOOPS]},
    }


def slowdown(runs, base, other, loop):
    """The fastest time of `loop` on run `other` over that on run `base`.

    The fastest of 20 repeats, not the median: the runs are minutes apart,
    and a virtual machine's speed can change between them (and the
    `timeit` docs advise the fastest of repeated timings).
    """
    points = {
        run: {
            p["x"]: p
            for p in runs[run]["benchmarks"]["singlethread"]["series"][SERIES]
        }
        for run in (base, other)
    }
    return points[other][loop]["min"] / points[base][loop]["min"]


def singlethread_table(runs, name):
    """Per loop, its time on each compared run, and the free-threaded
    build's fastest time over the GIL build's."""
    have = [r for r in COMPARED if r in runs and name in runs[r]["benchmarks"]]
    if len(have) < 2:
        have = [r for r in runs if name in runs[r]["benchmarks"]]
    base, *others = have
    rows = []
    for loop in LOOPS:
        cells = []
        for run in have:
            points = runs[run]["benchmarks"][name]["series"][SERIES]
            cells.append(
                milliseconds(next(p for p in points if p["x"] == loop))
            )
        ratios = [
            f"{slowdown(runs, base, other, loop):.2f}" for other in others
        ]
        rows.append([loop, *cells, *ratios])
    labels = [run_label(runs[run]) for run in have]
    return markdown(
        [
            "loop, one thread",
            *(f"{label} (ms)" for label in labels),
            *(f"{label} ÷ {labels[0]}, fastest" for label in labels[1:]),
        ],
        rows,
    )


BENCHMARK = Benchmark(
    name="singlethread",
    measure=one_thread,
    series=(SERIES,),
    chart=None,
    axis_labels=(),
    table=singlethread_table,
)
