"""What it costs to start and join one worker: a thread, a process under
each start method, and a subinterpreter where there are any (3.14+)."""

import multiprocessing
import threading

from . import shown, workloads
from .benchmark import Benchmark
from .formatting import markdown, number
from .measure import summary, take_turns, timed

JOIN_TIMEOUT = 30  # seconds; a do-nothing worker ends in far less
SERIES = "start and join"  # its one series: a point per kind of worker


def start_and_join(make_worker):
    """Start one do-nothing worker made by `make_worker`, wait for it."""
    worker = make_worker(target=workloads.do_nothing)
    worker.start()
    worker.join(timeout=JOIN_TIMEOUT)
    if worker.is_alive():
        raise RuntimeError(f"{worker.name} did not end in {JOIN_TIMEOUT} s")
    if getattr(worker, "exitcode", 0) != 0:
        raise RuntimeError(f"{worker.name} ended with {worker.exitcode}")


def start_subinterpreter(interpreters):
    """Create a subinterpreter, run `pass` in it, close it."""
    interpreter = interpreters.create()
    interpreter.exec("pass")
    interpreter.close()


def subinterpreter_points(repeats):
    """The subinterpreter's point, or none before 3.14."""
    try:
        from concurrent import interpreters
    except ImportError:
        return []
    timings, _ = take_turns(
        {"subinterpreter": lambda: start_subinterpreter(interpreters)},
        repeats,
    )
    return [{"x": "subinterpreter", **timings["subinterpreter"]}]


def start_cost(settings, _context):
    """Start-and-join times per kind of worker, under every start method
    (not only the run's `_context`), and of a subinterpreter (3.14+).

    spawn and forkserver need the resource tracker, a helper process started
    once per program; an untimed spawn start starts it first. The first
    forkserver start also starts the fork server: it is timed once, on its
    own, and kept out of the forkserver series.
    """
    methods = [
        m
        for m in ("fork", "forkserver", "spawn")
        if m in multiprocessing.get_all_start_methods()
    ]
    if "spawn" in methods:
        start_and_join(multiprocessing.get_context("spawn").Process)
    points = []
    if "forkserver" in methods:
        first = timed(
            lambda: start_and_join(
                multiprocessing.get_context("forkserver").Process
            )
        )
        points.append({"x": "forkserver, first start", **summary([first])})
    cases = {}
    for method in methods:
        process = multiprocessing.get_context(method).Process
        cases[method] = lambda process=process: start_and_join(process)
    timings, _ = take_turns(cases, settings.start_repeats)
    # Threads last: a joined thread's OS thread may linger for a moment,
    # and forking a process that has threads is unsafe (3.12+ warns).
    thread, _ = take_turns(
        {"thread": lambda: start_and_join(threading.Thread)},
        settings.start_repeats,
    )
    points = (
        [{"x": "thread", **thread["thread"]}]
        + [{"x": kind, **timings[kind]} for kind in cases]
        + subinterpreter_points(settings.start_repeats)
        + points
    )
    return {
        "title": "Start-up cost per worker",
        "x_name": "worker",
        "parameters": {
            "start_methods": methods,
            "target": "examples.bench.workloads.do_nothing",
        },
        "series": {SERIES: points},
    }


def startup_table(runs, _name):
    """Median, min and max start-and-join time per kind of worker."""
    rows = [
        [
            label,
            number(point["median"] * 1000),
            number(point["min"] * 1000),
            number(point["max"] * 1000),
            point["repeats"],
        ]
        for label, _, point in shown.startup_bars(runs, SERIES)
    ]
    return markdown(
        ["worker", "median (ms)", "min (ms)", "max (ms)", "repeats"], rows
    )


BENCHMARK = Benchmark(
    name="startup",
    measure=start_cost,
    series=(SERIES,),
    chart="bars",
    axis_labels=(
        "Time to start and join one worker (ms, log scale)",
        "Worker (kind, interpreter)",
    ),
    table=startup_table,
)
