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


def group_jiffies():
    """CPU time, in jiffies, of every process in this process group, with
    their ended children: the bench, its workers, the fork server and
    its children."""
    group, total = os.getpgid(0), 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # it ended meanwhile
        if int(fields[2]) == group:
            total += sum(int(v) for v in fields[11:15])
    return total


def cpu_use():
    """A reading for others_share(): the CPUs' jiffies and those of this
    process group."""
    return cpu_times(), group_jiffies()


def others_share(before, after):
    """The share of all CPU time between two cpu_use() readings that
    other programs used, or None where /proc/stat is missing."""
    (jiffies_before, own_before), (jiffies_after, own_after) = before, after
    if jiffies_before is None or jiffies_after is None:
        return None
    idle = jiffies_after[0] - jiffies_before[0]
    total = jiffies_after[1] - jiffies_before[1]
    own = own_after - own_before
    return round(max(0.0, (total - idle - own) / total), 3) if total else None
