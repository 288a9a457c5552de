"""Repeated timings, summarised as a median with the min and max as the
spread."""

import statistics
import time


def timed(action):
    """Seconds one call of `action()` takes, by time.perf_counter()."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def take_turns(cases, repeats):
    """Time each case of {name: action} `repeats` times, cases in turn.

    Each case first runs once untimed, to start pools and fill caches; its
    result is returned so the caller can check that every way agrees.
    Taking turns spreads a busy moment on the machine over every case
    instead of landing on one. Returns ({name: summary}, {name: result}).
    """
    results = {name: action() for name, action in cases.items()}
    samples = {name: [] for name in cases}
    for _ in range(repeats):
        for name, action in cases.items():
            samples[name].append(timed(action))
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
    """(median, low, high) of serial time / parallel time.

    The serial median over the parallel max and min bounds the spread.
    """
    base = serial["median"]
    return (
        base / parallel["median"],
        base / parallel["max"],
        base / parallel["min"],
    )
