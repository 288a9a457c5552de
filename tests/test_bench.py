"""`python -m examples.bench` writes well-formed results, tables and charts, and the committed ones agree.

Each interpreter's run writes results/NAME.json; the tables and charts are drawn from every results
file. The figures vary with the machine; these tests check the shape of what the bench writes, and
that the pages' prose gives the committed figures, never whether the figures are good (performance
targets are benchmark figures, not timed tests).
"""

import json
import math
import re
import shutil
import sys
import xml.etree.ElementTree as ElementTree

import pytest

from examples.bench import memory, registry, runs, scaling, tables
from examples.bench.__main__ import SPREAD_LIMIT, serial_spread
from examples.bench.formatting import milliseconds, number
from examples.bench.measure import speedup, summary
from examples.bench.settings import START_METHODS
from support import page_source
from support.runs import PYTHON, ROOT, Expectation, problems, run_program
from support.site import DOCS

COMMITTED = DOCS / "assets" / "bench"
PAGES = (DOCS / "choosing" / "performance.md", DOCS / "choosing" / "gil.md")
# The page beside them that quotes start-up costs.
MODELS_PAGE = DOCS / "choosing" / "asyncio-and-interpreters.md"
# What the bench knows about each benchmark, from its one record.
RECORDS = {benchmark.name: benchmark for benchmark in registry.BENCHMARKS}
BENCHMARKS = set(RECORDS)
CHARTED = {name for name, record in RECORDS.items() if record.chart}
THEMES = ("light", "dark")
# serial, threads, processes (and interpreters, 3.14+) per worker count
SCALING = {
    name for name, record in RECORDS.items() if record.chart == "scaling"
}
AXIS_LABELS = {name: record.axis_labels for name, record in RECORDS.items()}
UNIT = re.compile(r"\S \([^()]+\)$")  # an axis label ends with its unit
# The published run: every interpreter of the matrix, and 3.13t again with PYTHON_GIL=1.
COMMITTED_RUNS = {
    "py311",
    "py312",
    "py313",
    "py313t",
    "py313t-gil",
    "py314",
    "py315",
}
MACHINE_FIELDS = {
    "cpu_count": int,
    "usable_cpus": int,
    "label": str,
    "python_version": str,
    "python_implementation": str,
    "python_build": str,
    "free_threaded_build": bool,
    "gil_enabled": bool,
    "platform": str,
    "default_start_method": str,
}
UNITS = {"s", "KiB", "updates"}
NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
URL = re.compile(r"https?://[^\s\"'<>)]+")
# The bench run as `python -c` with matplotlib made unimportable (None in sys.modules).
NO_MATPLOTLIB = "import runpy, sys; sys.modules['matplotlib'] = None; runpy.run_module('examples.bench', run_name='__main__')"
CHART_ON_PAGE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\(\.\./assets/bench/(?P<file>[\w-]+)-(?P<theme>\w+)\.svg#only-(?P<only>\w+)\)"
)
TABLES = "docs/assets/bench/tables/"  # where the pages include the tables from
LOCKED = ("counter += 1, with a Lock", "check then act, with a Lock")


def bench(
    out,
    start_method="spawn",
    launch=("-m", "examples.bench"),
    options=(),
    python=sys.executable,
):
    """Run the bench quickly as a reader would, into `out`. spawn: every worker function must pickle by name."""
    return run_program(
        [*launch, "--quick", "--out", out, *options],
        start_method,
        ROOT,
        100,
        python,
    )


def output_problems(folder, quick, expected_runs=None):
    """Every way the bench's output in `folder` is missing or malformed, as readable lines."""
    try:
        every_run = runs.load_all(folder)
    except (OSError, ValueError) as error:
        return [f"results: {error}"]
    if not every_run:
        return [f"no results file in {folder / runs.FOLDER}"]
    found = []
    if expected_runs and set(every_run) != expected_runs:
        found.append(
            f"runs {sorted(every_run)}, expected {sorted(expected_runs)}"
        )
    for name, results in every_run.items():
        found += [
            f"{name}: {problem}"
            for problem in results_problems(results, quick, name)
        ]
    if found:
        return found
    for name in sorted(CHARTED):
        for theme in THEMES:
            found += chart_problems(
                folder / f"{name}-{theme}.svg", AXIS_LABELS[name]
            )
    found += table_problems(folder / "tables", every_run)
    return found


def results_problems(results, quick, file_name=None):
    found = [
        f"machine.{key} is not a {kind.__name__}"
        for key, kind in MACHINE_FIELDS.items()
        if not isinstance(results["machine"].get(key), kind)
    ]
    if found:
        return found
    if file_name and runs.run_name(results["machine"]) != file_name:
        found.append(
            f"the file's name does not say its interpreter: {runs.run_name(results['machine'])}"
        )
    run = results["run"]
    if run.get("quick") is not quick:
        found.append(f"run.quick is {run.get('quick')!r}, expected {quick}")
    if not (
        run.get("date") and run.get("duration_s", 0) > 0 and run.get("command")
    ):
        found.append(f"run lacks its date, duration or command: {run}")
    if set(results["benchmarks"]) != BENCHMARKS:
        found.append(
            f"benchmarks {sorted(results['benchmarks'])}, expected {sorted(BENCHMARKS)}"
        )
    if (
        not results["benchmarks"]
        .get("startup", {})
        .get("parameters", {})
        .get("start_methods")
    ):
        found.append("no start method measured")
    for name, bench_results in results["benchmarks"].items():
        found += series_problems(name, bench_results["series"])
        if name in SCALING and not quick:
            found += [
                f"{name}: no process pool started by {method}"
                for method in START_METHODS
                if f"processes ({method})" not in bench_results["series"]
            ]
    for pattern in LOCKED:
        for point in (
            results["benchmarks"]
            .get("races", {})
            .get("series", {})
            .get(pattern, [])
        ):
            if point["max"] != 0:
                found.append(f"races/{pattern} lost updates: {point}")
    return found


def series_problems(name, series):
    record = RECORDS.get(name)
    found = []
    if not series:
        return [f"{name}: no series"]
    if record and [w for w in record.series if w in series] != list(series):
        found.append(
            f"{name}: series {list(series)}, expected some of {list(record.series)} in that order"
        )
    if name in SCALING and "serial" not in series:
        found.append(f"{name}: no serial series")
    for way, points in series.items():
        found += [
            f"{name}/{way} at {p.get('x')}: {why}"
            for p in points
            if (why := point_problem(p))
        ]
        if not points:
            found.append(f"{name}/{way}: no points")
    if (
        name in SCALING
        and len({tuple(p["x"] for p in points) for points in series.values()})
        != 1
    ):
        found.append(
            f"{name}: its ways were not measured at the same worker counts"
        )
    return found


def point_problem(point):
    """Why one measurement is malformed, or None: a median with its spread, from its samples.

    Times are positive seconds; a count of lost updates may be 0.
    """
    values = [point.get(key) for key in ("min", "median", "max")]
    least = 0 if point.get("unit") == "updates" else math.ulp(0)
    if not all(
        isinstance(v, (int, float)) and math.isfinite(v) and v >= least
        for v in values
    ):
        return f"min, median, max {values} are not finite numbers of at least {least}"
    if not values[0] <= values[1] <= values[2]:
        return f"not min <= median <= max: {values}"
    if (
        point.get("unit") not in UNITS
        or point.get("repeats") != len(point.get("samples", []))
        or not point["repeats"]
    ):
        return f"unit {point.get('unit')!r}, repeats {point.get('repeats')!r} for {point.get('samples')!r}"
    return None


def chart_problems(path, labels):
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        return [f"{path.name}: {error}"]
    found = (
        []
        if root.tag == "{http://www.w3.org/2000/svg}svg"
        else [f"{path.name}: root is {root.tag}"]
    )
    texts = {
        "".join(element.itertext())
        for element in root.iter("{http://www.w3.org/2000/svg}text")
    }
    found += [
        f"{path.name}: no axis label {label!r}"
        for label in labels
        if label not in texts
    ]
    outside = set(URL.findall(path.read_text("utf-8"))) - NAMESPACES
    found += [f"{path.name} refers to {url}" for url in sorted(outside)]
    return found


def table_problems(folder, every_run):
    """Each table exists, is a header, a rule and rows, and is what the bench makes of the results."""
    found = []
    for file_name, expected in tables.render(every_run).items():
        path = folder / file_name
        if not path.exists():
            found.append(f"tables/{file_name} is missing")
            continue
        lines = path.read_text("utf-8").splitlines()
        if (
            len(lines) < 3
            or not all(line.startswith("|") for line in lines)
            or not lines[1].startswith("|---")
        ):
            found.append(
                f"tables/{file_name} is not a Markdown table with a header and rows"
            )
        elif path.read_text("utf-8") != expected:
            found.append(
                f"tables/{file_name} is not the table the bench makes of the results"
            )
    return found


@pytest.mark.interpreter
def test_quick_run_writes_results_tables_and_charts(tmp_path):
    """`python -m examples.bench --quick` on the interpreter under test (EXAMPLE_PYTHON; each of
    the matrix in turn) writes its results file, named for that interpreter, the tables, and the
    charts where matplotlib is (the tools' Python has it). Under spawn: every worker function must
    pickle by name."""
    run = bench(tmp_path, python=PYTHON)
    assert run.returncode == 0 and not run.timed_out, run
    assert re.search(
        r"^bench took \d+\.\d s; results in .*results/py\d+t?(-gil)?\.json$",
        run.stdout,
        re.MULTILINE,
    ), run.stdout
    every_run = runs.load_all(tmp_path)
    assert len(every_run) == 1, sorted(every_run)
    ((name, results),) = every_run.items()
    assert not results_problems(results, True, name), results_problems(
        results, True, name
    )
    assert not table_problems(tmp_path / "tables", every_run)
    has_interpreters = results["machine"]["label"] in ("3.14", "3.15")
    assert ("interpreters" in results["benchmarks"]["cpu"]["series"]) == (
        has_interpreters
    )
    if sys.executable == PYTHON:  # the tools' Python draws the charts
        assert not problems(run, Expectation()), problems(run, Expectation())
        assert not output_problems(tmp_path, quick=True), output_problems(
            tmp_path, quick=True
        )


def test_without_matplotlib_the_bench_says_so_and_writes_results(tmp_path):
    run = bench(
        tmp_path,
        "fork",
        launch=("-c", NO_MATPLOTLIB),
        options=("--only", "startup"),
    )
    assert not problems(
        run,
        Expectation(stderr_includes=("charts skipped: they need matplotlib",)),
    )
    assert len(run.stderr.splitlines()) == 1, run.stderr
    assert not list(tmp_path.glob("*.svg"))
    every_run = runs.load_all(tmp_path)
    (results,) = every_run.values()
    assert list(results["benchmarks"]) == ["startup"]
    assert [
        p
        for p in results_problems(results, quick=True)
        if not p.startswith("benchmarks ")
    ] == []
    assert not table_problems(tmp_path / "tables", every_run)


def test_draw_only_measures_nothing_and_draws_the_committed_charts_and_tables(
    tmp_path,
):
    """`--draw-only` measures nothing and draws from every results file; drawn again from the
    committed results, each chart and table is byte for byte the committed one: none was
    edited by hand."""
    copy = shutil.copytree(COMMITTED, tmp_path / "bench")
    drawn = [*copy.glob("*.svg"), *copy.glob("tables/*.md")]
    for path in drawn:
        path.unlink()
    run = run_program(
        ["-m", "examples.bench", "--draw-only", "--out", copy],
        None,
        ROOT,
        100,
        sys.executable,
    )
    assert not problems(run, Expectation()), problems(run, Expectation())
    assert f"from {len(COMMITTED_RUNS)} runs" in run.stdout
    assert not output_problems(copy, quick=False)
    differ = [
        path.relative_to(copy).as_posix()
        for path in drawn
        if path.read_bytes()
        != (COMMITTED / path.relative_to(copy)).read_bytes()
    ]
    assert drawn and not differ, (
        f"charts and tables that differ from what the bench draws: {differ}"
    )


def test_the_checks_catch_broken_output(tmp_path):
    """Each kind of damage to a good output is reported (the committed output, copied and broken)."""
    copy = shutil.copytree(COMMITTED, tmp_path / "bench")
    assert not output_problems(copy, quick=False)
    (copy / "cpu-dark.svg").unlink()
    waits_label = AXIS_LABELS["io"][0]
    (copy / "io-light.svg").write_text(
        (copy / "io-light.svg")
        .read_text("utf-8")
        .replace(f">{waits_label}<", "><"),
        "utf-8",
    )
    startup = copy / "startup-light.svg"
    startup.write_text(
        startup.read_text("utf-8").replace(
            "<defs>", '<image href="https://example.com/x.png"/><defs>'
        )
    )
    (copy / "tables" / "transfer.md").write_text(
        "| payload |\n|---|\n| typed by hand |\n", "utf-8"
    )
    found = "\n".join(output_problems(copy, quick=False))
    for damage in (
        "cpu-dark.svg: [Errno 2]",
        f"io-light.svg: no axis label {waits_label!r}",
        "startup-light.svg refers to https://example.com/x.png",
        "tables/transfer.md is not the table",
    ):
        assert damage in found, f"not reported: {damage}\n{found}"
    path = copy / "results" / "py313.json"
    results = json.loads(path.read_text("utf-8"))
    results["benchmarks"]["hashlib"]["series"]["threads"][0]["median"] = -1.0
    cpu_series = results["benchmarks"]["cpu"]["series"]
    cpu_series["extra"] = cpu_series["threads"]
    del results["benchmarks"]["io"]["series"]["processes (spawn)"]
    results["benchmarks"]["races"]["series"][LOCKED[0]][0]["max"] = 3
    path.write_text(json.dumps(results), "utf-8")
    (copy / "results" / "py313.json").rename(copy / "results" / "py312.json")
    found = "\n".join(
        output_problems(copy, quick=False, expected_runs=COMMITTED_RUNS)
    )
    for damage in (
        "runs ['py311', 'py312', 'py313t'",
        "py312: the file's name does not say its interpreter: py313",
        "hashlib/threads at 1: min, median, max",
        "cpu: series ['serial', 'threads', 'processes (fork)', 'processes (spawn)', 'processes (forkserver)', 'extra'], expected",
        f"races/{LOCKED[0]} lost updates",
        "io: no process pool started by spawn",
    ):
        assert damage in found, f"not reported: {damage}\n{found}"


def test_a_serial_loop_that_slowed_down_is_measured_as_disturbed():
    """The spread that makes a full run measure a benchmark again is per worker count: waits
    (n of them, serial) take n times longer by design, a changed machine speed does not."""
    steady = [{"min": 1.0, "max": 1.2}, {"min": 4.0, "max": 4.4}]
    slowed = [{"min": 1.0, "max": 1.1}, {"min": 2.0, "max": 3.0}]
    assert serial_spread({"series": {"serial": steady}}) <= SPREAD_LIMIT
    assert serial_spread({"series": {"serial": slowed}}) == 1.5 > SPREAD_LIMIT
    assert serial_spread({"series": {"one thread": slowed}}) == 1.5
    assert serial_spread({"series": {"threads": slowed}}) == 1.0


def test_every_axis_label_names_its_unit():
    unnamed = [
        f"{name}: {label!r}"
        for name, labels in AXIS_LABELS.items()
        for label in labels
        if not UNIT.search(label)
    ]
    assert not unnamed, unnamed


def committed_runs():
    return runs.load_all(COMMITTED)


def test_committed_results_are_full_runs_on_every_interpreter_with_every_chart_and_table():
    assert not output_problems(
        COMMITTED, quick=False, expected_runs=COMMITTED_RUNS
    ), output_problems(COMMITTED, quick=False, expected_runs=COMMITTED_RUNS)
    every_run = committed_runs()
    assert every_run["py313t"]["machine"]["gil_enabled"] is False
    assert every_run["py313t-gil"]["run"]["PYTHON_GIL"] == "1"
    machines = {
        (r["machine"]["processor"], r["machine"]["usable_cpus"])
        for r in every_run.values()
    }
    assert len(machines) == 1, (
        f"the runs come from several machines: {machines}"
    )
    assert sorted(p.name for p in COMMITTED.glob("*.svg")) == sorted(
        f"{name}-{theme}.svg" for name in CHARTED for theme in THEMES
    )


def test_the_pages_show_every_chart_in_both_themes_and_every_table():
    shown, included = [], set()
    for page in PAGES:
        text = page.read_text("utf-8")
        shown += CHART_ON_PAGE.finditer(text)
        included |= {
            target.removeprefix(TABLES)
            for target in page_source.include_targets(text, in_code=False)
            if target.startswith(TABLES)
        }
    assert {(m["file"], m["theme"]) for m in shown} == {
        (name, theme) for name in CHARTED for theme in THEMES
    }
    for image in shown:
        assert image["theme"] == image["only"], (
            f"{image[0]}: the {image['theme']} chart is shown in {image['only']}"
        )
        assert len(image["alt"].split()) >= 8, (
            f"{image[0]}: the alt text does not describe the chart"
        )
    assert included == set(tables.render(committed_runs())), included
    assert all((COMMITTED / "tables" / name).exists() for name in included)


def at(every_run, run, name, way, x):
    """The point of `way` at `x` in benchmark `name` of `run`."""
    points = every_run[run]["benchmarks"][name]["series"][way]
    return next(p for p in points if p["x"] == x)


def cpu_speedup(every_run, run, way, workers=2):
    """'median× (low–high), fastest: F×' of `way` over its run's serial loop, as the tables
    print it."""
    return scaling.times_faster(
        at(every_run, run, "cpu", "serial", workers),
        at(every_run, run, "cpu", way, workers),
    )


def ratio(every_run, loop, run="py313t", base="py313"):
    """The free-threaded build's fastest time for `loop` over the GIL build's."""
    times = [
        at(every_run, r, "singlethread", "one thread", loop)["min"]
        for r in (run, base)
    ]
    return f"{times[0] / times[1]:.2f}"


def mebibytes(every_run, run, key):
    """'median (min–max)' in MiB of a memory figure, as the memory table prints it."""
    return memory.mebibytes(
        at(every_run, run, "memory", "resident memory", key)
    )


def started(every_run, run, kind, spread=True):
    """The time to start and join one worker of `kind` in ms, as the tables print it:
    'median (min–max)', or the median alone."""
    point = at(every_run, run, "startup", "start and join", kind)
    return milliseconds(point) if spread else number(point["median"] * 1000)


def sent(every_run, run, way, size):
    """The median round trip of `size` bytes sent `way`, in ms, as the tables print it."""
    return number(at(every_run, run, "transfer", way, size)["median"] * 1000)


def race(every_run, run, pattern):
    """The one point of race `pattern` in `run`: its runs, and the updates they lost."""
    (point,) = every_run[run]["benchmarks"]["races"]["series"][pattern]
    return point


def lost_in(every_run, run, pattern):
    """'N of M': the runs of `pattern` that lost any update, of all its runs."""
    point = race(every_run, run, pattern)
    return f"{point['runs_with_loss']} of {point['repeats']}"


def most_lost(every_run, run, pattern):
    """The most updates `pattern` lost in one run, as the prose writes it: '95,823'."""
    return f"{race(every_run, run, pattern)['max']:,.0f}"


def figures_in_prose(every_run):
    """{page: [text the page's prose must contain]}: the figures it quotes, made from the
    committed results as the tables make them."""
    performance, gil = PAGES
    cpu = {
        run_way: cpu_speedup(every_run, *run_way)
        for run_way in (
            ("py313", "threads"),
            ("py313t", "threads"),
            ("py313t-gil", "threads"),
            ("py313", "processes (fork)"),
            ("py313", "processes (spawn)"),
            ("py313", "processes (forkserver)"),
            ("py313t", "processes (fork)"),
            ("py314", "interpreters"),
            ("py315", "interpreters"),
        )
    }
    per_process = ", ".join(
        f"{started(every_run, 'py313', method, spread=False)} ms (*{method}*)"
        for method in ("fork", "forkserver", "spawn")
    )
    return {
        MODELS_PAGE: [
            f"starting and joining one thread took {started(every_run, 'py313', 'thread', spread=False)} ms",
            f"{started(every_run, 'py313', 'thread', spread=False)} ms per thread, median, 3.13",
            f"per process, medians on 3.13: {per_process}",
            f"{started(every_run, 'py314', 'subinterpreter', spread=False)} ms per interpreter, median, 3.14",
        ],
        performance: [
            f"threads on 3.13 (GIL): {cpu['py313', 'threads']}",
            f"threads on 3.13t without the GIL: {cpu['py313t', 'threads']}",
            f"threads on 3.13t with `PYTHON_GIL=1`: {cpu['py313t-gil', 'threads']}",
            f"processes on 3.13 started by *fork*: {cpu['py313', 'processes (fork)']}",
            f"by *spawn*: {cpu['py313', 'processes (spawn)']}",
            f"by *forkserver*: {cpu['py313', 'processes (forkserver)']}",
            f"in the 3.13t run, processes under *fork* gave {cpu['py313t', 'processes (fork)']}",
            f"interpreter pool on 3.14: {cpu['py314', 'interpreters']}",
            f"interpreter pool on 3.15: {cpu['py315', 'interpreters']}",
            f"{mebibytes(every_run, 'py313', 'idle interpreter')} MiB on 3.13 and",
            f"{mebibytes(every_run, 'py313t', 'idle interpreter')} MiB on 3.13t.",
            f"{mebibytes(every_run, 'py313', 'per thread')} MiB on 3.13 and",
            f"{mebibytes(every_run, 'py313t', 'per thread')} MiB on 3.13t.",
            f"{mebibytes(every_run, 'py314', 'per subinterpreter')} MiB on 3.14",
            f"took {started(every_run, 'py314', 'subinterpreter')} ms (median, min–max)",
            f"against {started(every_run, 'py313', 'thread')} ms for a thread,",
            f"{started(every_run, 'py313', 'fork')} ms for a *fork* process",
            f"{started(every_run, 'py313', 'forkserver')} ms for a *forkserver* process on 3.13",
            f"about {sent(every_run, 'py314', 'subinterpreter, bytes (copied)', 1000)} ms with 1 KB",
            f"through a pipe ({sent(every_run, 'py313', 'pickle + Pipe', 1000)} ms)",
            f"the copied `bytes` took {sent(every_run, 'py314', 'subinterpreter, bytes (copied)', 10**7)} ms",
            f"against {sent(every_run, 'py313', 'pickle + Pipe', 10**7)} ms through the pipe",
            f"With 10 MB, the shared `memoryview` took {sent(every_run, 'py314', 'subinterpreter, memoryview (shared)', 10**7)} ms",
        ],
        gil: [
            f"{cpu['py313t', 'threads']} with two threads on 3.13t without the GIL",
            f"{cpu['py313', 'threads']} with two threads on the GIL build",
            f"{cpu['py313t-gil', 'threads']} on 3.13t with `PYTHON_GIL=1`",
            *(
                f"{name} {ratio(every_run, loop)}"
                for name, loop in (
                    ("function calls took", "function calls"),
                    (
                        "attribute reads and writes",
                        "attribute reads and writes",
                    ),
                    ("dict updates", "dict get and store"),
                    ("list appends and pops", "list append and pop"),
                    ("making small objects", "small objects made and dropped"),
                    ("`busy_sum` took", "busy_sum (the CPU-bound workload)"),
                    (
                        "which runs in C,",
                        "SHA-256 of 16 MiB (the hashing workload)",
                    ),
                )
            ),
            f"An idle 3.13t used {mebibytes(every_run, 'py313t', 'idle interpreter')} MiB "
            f"against {mebibytes(every_run, 'py313', 'idle interpreter')} MiB for 3.13.0",
            f"each extra thread added {mebibytes(every_run, 'py313t', 'per thread')} MiB "
            f"against {mebibytes(every_run, 'py313', 'per thread')} MiB;",
            f"up to {most_lost(every_run, 'py313t', 'counter += 1')} of the 200,000",
            *(
                f"{lost_in(every_run, run, pattern)} {words}"
                for run, pattern, words in (
                    (
                        "py313t",
                        "counter += 1",
                        "runs on 3.13t without the GIL",
                    ),
                    ("py313", "counter += 1", "runs on 3.13.0"),
                    ("py313", "check then act", "runs on 3.13.0"),
                    (
                        "py313t-gil",
                        "check then act",
                        "on 3.13t with `PYTHON_GIL=1`",
                    ),
                    ("py313", "counter += 1, with a Lock", "and"),
                    ("py313t", "check then act, with a Lock", "on 3.13t"),
                )
            ),
        ],
    }


def test_the_pages_prose_gives_the_committed_figures():
    every_run = committed_runs()
    missing = [
        f"{page.name}: {text!r}"
        for page, texts in figures_in_prose(every_run).items()
        for text in texts
        if text not in " ".join(page.read_text("utf-8").split())
    ]
    assert not missing, "\n".join(missing)


def test_a_speedup_pairs_each_parallel_run_with_the_serial_runs_around_it():
    """Each parallel run took 1.5 s between serial runs that average 3 s: 2× each. The
    serial median over the parallel median (2 s over 1.5 s) would say 1.33×."""
    # Serial runs before turn 1, before turn 2, and after turn 2.
    serial = summary([2.0, 4.0, 2.0])
    parallel = summary([1.5, 1.5])
    assert speedup(serial, parallel) == (2.0, 2.0, 2.0)
    # Without the closing serial run, the last parallel run has nothing to pair with.
    with pytest.raises(ValueError):
        speedup(summary([2.0, 4.0]), parallel)
