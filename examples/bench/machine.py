"""What the figures were measured on: CPUs, Python build, platform, load."""

import multiprocessing
import os
import platform
import sys
import sysconfig
from pathlib import Path


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
