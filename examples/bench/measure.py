"""Repeated timings, summarised as a median with the min and max as the
spread."""

import itertools
import statistics
import time


def timed(action):
    """Seconds one call of `action()` takes, by time.perf_counter()."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def take_turns(cases, repeats, closing=None):
    """Time each case of {name: action} `repeats` times, cases in turn.

    Each case first runs once untimed, to start pools and fill caches; its
    result is returned so the caller can check that every way agrees.
    Taking turns spreads a busy moment on the machine over every case
    instead of landing on one. The case named `closing`, if any, is timed
    once more after the last turn, so that every time taken of the others
    lies between two of its times. Returns ({name: summary}, {name: result}).
    """
    results = {name: action() for name, action in cases.items()}
    samples = {name: [] for name in cases}
    for _ in range(repeats):
        for name, action in cases.items():
            samples[name].append(timed(action))
    if closing is not None:
        samples[closing].append(timed(cases[closing]))
    return {name: summary(times) for name, times in samples.items()}, results


def summary(samples, unit="s"):
    """One measurement: its repeats, median and spread, in seconds (or
    in `unit`)."""
    return {
        "repeats": len(samples),
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "unit": unit,
        "samples": [round(s, 9) for s in samples],
    }


def speedup(serial, parallel):
    """(median, low, high) of the speedups of each parallel run.

    The serial loop was timed at the start of each turn and once after the
    last (take_turns' `closing`), so each parallel run lies between two
    serial runs. Its speedup is the mean of those two over its own time:
    runs this close in time share the machine's speed, so a change of
    speed from one turn to the next does not show up as a change of
    speedup (a change during one parallel run still does).
    """
    times = serial["samples"]
    around = [(a + b) / 2 for a, b in itertools.pairwise(times)]
    ratios = [
        base / run
        for base, run in zip(around, parallel["samples"], strict=True)
    ]
    return statistics.median(ratios), min(ratios), max(ratios)
