"""Memory: the resident set (RSS) of an idle interpreter, and what each
extra thread or subinterpreter adds to it. Linux only (/proc)."""

import json
import subprocess
import sys
from pathlib import Path

from .benchmark import Benchmark
from .formatting import markdown, number
from .measure import summary
from .runs import run_label

SERIES = "resident memory"
WORKERS = 8  # threads, or subinterpreters, started at once
# Run in a fresh interpreter, so that nothing the bench imported counts.
CHILD = """
import json, sys

def rss():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])  # KiB

report = {"idle interpreter": rss()}
import threading
before = rss()
stop = threading.Event()
threads = [threading.Thread(target=stop.wait) for _ in range(WORKERS)]
for thread in threads:
    thread.start()
report["per thread"] = (rss() - before) / WORKERS
stop.set()
for thread in threads:
    thread.join()
try:
    from concurrent import interpreters
except ImportError:
    pass
else:
    before = rss()
    made = [interpreters.create() for _ in range(WORKERS)]
    for interpreter in made:
        interpreter.exec("pass")
    report["per subinterpreter"] = (rss() - before) / WORKERS
    for interpreter in made:
        interpreter.close()
print(json.dumps(report))
""".replace("WORKERS", str(WORKERS))


def resident(settings, _context):
    """RSS figures in KiB from `memory_repeats` fresh interpreters."""
    if not Path("/proc/self/status").exists():
        raise RuntimeError("the memory benchmark reads /proc (Linux)")
    samples = {}
    for _ in range(settings.memory_repeats):
        out = subprocess.run(
            [sys.executable, "-c", CHILD],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        for key, value in json.loads(out).items():
            samples.setdefault(key, []).append(value)
    return {
        "title": "Resident memory of an interpreter and of each worker",
        "x_name": "measure",
        "parameters": {"workers_started": WORKERS, "source": "VmRSS"},
        "series": {
            SERIES: [
                {"x": key, **summary(values, unit="KiB")}
                for key, values in samples.items()
            ]
        },
    }


def mebibytes(point):
    low, mid, high = (point[k] / 1024 for k in ("min", "median", "max"))
    return f"{number(mid)} ({number(low)}–{number(high)})"


def memory_table(runs, name):
    """Per run: idle RSS, and RSS added per thread and per subinterpreter,
    in MiB, median (min–max)."""
    columns = ("idle interpreter", "per thread", "per subinterpreter")
    rows = []
    for results in runs.values():
        if name not in results["benchmarks"]:
            continue
        points = {
            p["x"]: p for p in results["benchmarks"][name]["series"][SERIES]
        }
        rows.append(
            [
                run_label(results),
                *(
                    mebibytes(points[c]) if c in points else "–"
                    for c in columns
                ),
            ]
        )
    return markdown(
        [
            "interpreter",
            "idle interpreter, RSS (MiB)",
            f"added per thread, {WORKERS} started (MiB)",
            f"added per subinterpreter, {WORKERS} made (MiB)",
        ],
        rows,
    )


BENCHMARK = Benchmark(
    name="memory",
    measure=resident,
    series=(SERIES,),
    chart=None,
    axis_labels=(),
    table=memory_table,
)
