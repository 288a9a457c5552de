"""`python -m examples.bench` writes well-formed results, tables and charts, and the committed ones agree.

The figures themselves vary with the machine; these tests check the shape of what the bench writes,
never its numbers (performance targets are benchmark figures, not timed tests).
"""

import json
import math
import re
import shutil
import sys
import xml.etree.ElementTree as ElementTree

from examples.bench import charts, registry, tables
from support import page_source
from support.runs import ROOT, Expectation, problems, run_program
from support.site import DOCS

COMMITTED = DOCS / "assets" / "bench"
PAGE = DOCS / "choosing" / "performance.md"
# What the bench knows about each benchmark, from its one record.
RECORDS = {benchmark.name: benchmark for benchmark in registry.BENCHMARKS}
BENCHMARKS = set(RECORDS)
THEMES = ("light", "dark")
# serial, threads and processes per worker count
SCALING = {
    name for name, record in RECORDS.items() if record.chart == "scaling"
}
AXIS_LABELS = {name: record.axis_labels for name, record in RECORDS.items()}
UNIT = re.compile(r"\S \([^()]+\)$")  # an axis label ends with its unit
MACHINE_FIELDS = {
    "cpu_count": int,
    "usable_cpus": int,
    "python_version": str,
    "python_implementation": str,
    "python_build": str,
    "free_threaded_build": bool,
    "gil_enabled": bool,
    "platform": str,
    "default_start_method": str,
}
NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
URL = re.compile(r"https?://[^\s\"'<>)]+")
# The bench run as `python -c` with matplotlib made unimportable (None in sys.modules).
NO_MATPLOTLIB = "import runpy, sys; sys.modules['matplotlib'] = None; runpy.run_module('examples.bench', run_name='__main__')"
CHART_ON_PAGE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\(\.\./assets/bench/(?P<file>[\w-]+)-(?P<theme>\w+)\.svg#only-(?P<only>\w+)\)"
)
TABLES = "docs/assets/bench/tables/"  # where the page includes the tables from


def bench(
    out, start_method="spawn", launch=("-m", "examples.bench"), options=()
):
    """Run the bench quickly as a reader would, into `out`. spawn: every worker function must pickle by name."""
    return run_program(
        [*launch, "--quick", "--out", out, *options],
        start_method,
        ROOT,
        100,
        sys.executable,
    )


def output_problems(folder, quick):
    """Every way the bench's output in `folder` is missing or malformed, as readable lines."""
    try:
        results = json.loads((folder / "results.json").read_text("utf-8"))
    except (OSError, ValueError) as error:
        return [f"results.json: {error}"]
    found = results_problems(results, quick)
    for name in sorted(results.get("benchmarks", {})):
        for theme in THEMES:
            found += chart_problems(
                folder / f"{name}-{theme}.svg", AXIS_LABELS[name]
            )
    found += table_problems(folder / "tables", results)
    return found


def results_problems(results, quick):
    found = [
        f"machine.{key} is not a {kind.__name__}"
        for key, kind in MACHINE_FIELDS.items()
        if not isinstance(results["machine"].get(key), kind)
    ]
    run = results["run"]
    if run.get("quick") is not quick:
        found.append(f"run.quick is {run.get('quick')!r}, expected {quick}")
    if not (run.get("date") and run.get("duration_s", 0) > 0):
        found.append(f"run lacks its date or duration: {run}")
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
        series = bench_results["series"]
        record = RECORDS.get(name)
        if record and list(series) != list(record.series):
            found.append(
                f"{name}: series {list(series)}, expected {list(record.series)}"
            )
        if not series:
            found.append(f"{name}: no series")
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
            and len(
                {tuple(p["x"] for p in points) for points in series.values()}
            )
            != 1
        ):
            found.append(
                f"{name}: serial, threads and processes were not measured at the same worker counts"
            )
    return found


def point_problem(point):
    """Why one measurement is malformed, or None: a median with its spread, from its samples, in seconds."""
    values = [point.get(key) for key in ("min", "median", "max")]
    if not all(
        isinstance(v, float) and math.isfinite(v) and v > 0 for v in values
    ):
        return f"min, median, max {values} are not positive finite numbers"
    if not values[0] <= values[1] <= values[2]:
        return f"not min <= median <= max: {values}"
    if (
        point.get("unit") != "s"
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


def table_problems(folder, results):
    """Each table exists, is a header, a rule and rows, and is what the bench makes of results.json."""
    found = []
    for file_name, expected in tables.render(results).items():
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
                f"tables/{file_name} is not the table the bench makes of results.json"
            )
    return found


def test_quick_run_writes_results_tables_and_charts(tmp_path):
    run = bench(tmp_path)
    assert not problems(run, Expectation()), problems(run, Expectation())
    assert re.search(
        r"^bench took \d+\.\d s; results in ", run.stdout, re.MULTILINE
    ), run.stdout
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
    results = json.loads((tmp_path / "results.json").read_text("utf-8"))
    assert results["charts"] == [] and list(results["benchmarks"]) == [
        "startup"
    ]
    assert [
        p
        for p in results_problems(results, quick=True)
        if not p.startswith("benchmarks ")
    ] == []
    assert not table_problems(tmp_path / "tables", results)


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
    results = json.loads((copy / "results.json").read_text("utf-8"))
    results["benchmarks"]["hashlib"]["series"]["threads"][0]["median"] = -1.0
    cpu_series = results["benchmarks"]["cpu"]["series"]
    cpu_series["extra"] = cpu_series["threads"]
    (copy / "results.json").write_text(json.dumps(results), "utf-8")
    found = "\n".join(output_problems(copy, quick=False))
    for damage in (
        "cpu-dark.svg: [Errno 2]",
        f"io-light.svg: no axis label {waits_label!r}",
        "startup-light.svg refers to https://example.com/x.png",
        "tables/transfer.md is not the table",
        "hashlib/threads at 1: min, median, max",
        f"cpu: series {[*RECORDS['cpu'].series, 'extra']}, expected",
    ):
        assert damage in found, f"not reported: {damage}\n{found}"


def test_every_axis_label_names_its_unit():
    unnamed = [
        f"{name}: {label!r}"
        for name, labels in AXIS_LABELS.items()
        for label in labels
        if not UNIT.search(label)
    ]
    assert not unnamed, unnamed


def test_committed_results_are_a_full_run_with_every_chart_and_table():
    assert not output_problems(COMMITTED, quick=False), output_problems(
        COMMITTED, quick=False
    )
    results = json.loads((COMMITTED / "results.json").read_text("utf-8"))
    assert sorted(results["charts"]) == sorted(
        f"{name}-{theme}.svg" for name in BENCHMARKS for theme in THEMES
    )


def test_the_page_shows_every_chart_in_both_themes_and_every_table():
    text = PAGE.read_text("utf-8")
    shown = list(CHART_ON_PAGE.finditer(text))
    assert {(m["file"], m["theme"]) for m in shown} == {
        (name, theme) for name in BENCHMARKS for theme in THEMES
    }
    for image in shown:
        assert image["theme"] == image["only"], (
            f"{image[0]}: the {image['theme']} chart is shown in {image['only']}"
        )
        assert len(image["alt"].split()) >= 8, (
            f"{image[0]}: the alt text does not describe the chart"
        )
    included = {
        target.removeprefix(TABLES)
        for target in page_source.include_targets(text, in_code=False)
        if target.startswith(TABLES)
    }
    assert included == {
        "machine.md",
        *(f"{name}.md" for name in BENCHMARKS),
    }, included
    assert all((COMMITTED / "tables" / name).exists() for name in included)


def test_committed_charts_are_what_the_bench_draws_from_the_committed_results(
    tmp_path,
):
    """Drawn again from results.json, each chart is byte for byte the committed one: none was edited by hand."""
    results = json.loads((COMMITTED / "results.json").read_text("utf-8"))
    charts.write_all(results, tmp_path)
    differ = [
        name
        for name in results["charts"]
        if (tmp_path / name).read_bytes() != (COMMITTED / name).read_bytes()
    ]
    assert not differ, (
        f"charts that differ from what the bench draws: {differ}"
    )
