"""What the figures were measured on: CPUs, Python build, platform, load."""

import multiprocessing
import os
import platform
import sys
import sysconfig
import time
from pathlib import Path

from . import runs


def usable_cpus():
    """CPUs this process may run on (its affinity), else os.cpu_count()."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def load_average():
    """The 1-minute load average, or None where the OS has none."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def processor_name():
    """The CPU model from /proc/cpuinfo on Linux, else platform's guess."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def gil_enabled():
    """False only on a free-threaded build running without the GIL."""
    is_enabled = getattr(sys, "_is_gil_enabled", None)  # 3.13+
    return True if is_enabled is None else is_enabled()


def describe():
    return {
        "cpu_count": os.cpu_count(),
        "usable_cpus": usable_cpus(),
        "processor": processor_name(),
        "label": runs.label(),
        "python_version": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "python_build": sys.version,
        "free_threaded_build": bool(
            sysconfig.get_config_var("Py_GIL_DISABLED")
        ),
        "gil_enabled": gil_enabled(),
        "platform": platform.platform(),
        "default_start_method": multiprocessing.get_start_method(),
    }


def cpu_times():
    """(idle, total) jiffies of all CPUs from /proc/stat, or None."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    values = [int(v) for v in fields]
    return values[3] + values[4], sum(values)  # idle + iowait


def idle_fraction(seconds=1.0):
    """The share of CPU time no program used over the next `seconds`,
    or None where /proc/stat is missing."""
    before = cpu_times()
    time.sleep(seconds)
    after = cpu_times()
    if before is None or after is None or after[1] == before[1]:
        return None
    return round((after[0] - before[0]) / (after[1] - before[1]), 3)


def wait_until_quiet(threshold=0.85, patience=120):
    """Wait until the CPUs are at least `threshold` idle for a second, for
    `patience` seconds at most; return (idle fraction, seconds waited)."""
    began = time.monotonic()
    while True:
        idle = idle_fraction()
        waited = round(time.monotonic() - began, 1)
        if idle is None or idle >= threshold or waited >= patience:
            return idle, waited
