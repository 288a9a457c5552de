"""Record what every example prints, on every interpreter of the matrix, into examples/output/.

`python tests/record_outputs.py [--pythons 3.11,3.14] [NAME ...]` (`make outputs`). Each example
runs as `python examples/NAME.py` under every start method on every interpreter. Per
interpreter, one stdout file when all methods agree, one per method otherwise. The oldest
interpreter's output is untagged; a later version that prints something else gets a tag
(`NAME.py314.txt`: 3.14 and later), and a free-threaded build that differs from its GIL build
gets its own (`NAME.py313t.txt`). Stderr of declared failures is recorded the same way.
An example whose stdout varies (it has a pattern, `NAME.re`) is recorded once per pattern,
as an instance. A run that breaks its declaration is reported and nothing is written for
that example.
"""

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor

import pythons
from harness import (
    EXAMPLES,
    OUTPUT,
    START_METHODS,
    declared_failure,
    example_names,
    expectation_for,
    output_path,
    pattern_file,
    problems,
    run_program,
    unmet_requirement,
)


def tagged(units):
    """{tag: unit}: the fewest tagged recordings that give each label its unit (see harness.tags)."""
    gil = [label for label in pythons.MATRIX if label in units and not pythons.free_threaded(label)]
    found, current = {}, None
    for number, label in enumerate(gil):
        if number == 0 or units[label] != current:
            found["" if number == 0 else pythons.tag(label)] = current = units[label]
    for label in (label for label in units if pythons.free_threaded(label)):
        base = label.removesuffix("t")
        if base not in units or units[label] != units[base]:
            found[pythons.tag(label)] = units[label]
    return found


def unit(per_method):
    """One text when every start method gave the same, else {method: text}."""
    return next(iter(per_method.values())) if len(set(per_method.values())) == 1 else per_method


def write(name, kind, tag, recording):
    if isinstance(recording, dict):
        for method, text in recording.items():
            output_path(name, kind, tag, method).write_text(text, "utf-8")
    else:
        output_path(name, kind, tag).write_text(recording, "utf-8")


def record(name, labels, pool):
    """Run and record one example; the problems found (nothing is written when there are any)."""
    jobs = {
        (label, method): pool.submit(
            run_program, [f"examples/{name}.py"], method, EXAMPLES.parent, python=str(pythons.path(label))
        )
        for label in labels
        for method in START_METHODS
    }
    runs = {key: job.result() for key, job in jobs.items()}
    found = [
        problem
        for (label, method), run in runs.items()
        for problem in problems(run, expectation_for(name, method, check_stdout=bool(pattern_file(name, label)), label=label))
    ]
    if found:
        return found
    for old in OUTPUT.glob(f"{name}.*txt"):
        old.unlink()
    patterns = {label: pattern_file(name, label) for label in labels}
    stdout = {}
    for label in labels:
        if patterns[label]:  # one instance per pattern, from the oldest interpreter it holds for
            tag = patterns[label].name.removeprefix(f"{name}.").removesuffix("re").rstrip(".")
            if not output_path(name, "txt", tag).exists():
                output_path(name, "txt", tag).write_text(runs[label, START_METHODS[0]].stdout, "utf-8")
        else:
            stdout[label] = unit({m: runs[label, m].stdout for m in START_METHODS})
    for tag, recording in tagged(stdout).items():
        write(name, "txt", tag, recording)
    stderr = {
        label: {m: runs[label, m].stderr for m in START_METHODS if declared_failure(name, m, label)}
        for label in labels
    }
    for tag, recording in tagged({label: s for label, s in stderr.items() if s}).items():
        write(name, "stderr.txt", tag, recording)
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pythons", default=",".join(pythons.MATRIX), help="labels, oldest first")
    parser.add_argument("names", nargs="*", default=example_names())
    options = parser.parse_args()
    labels = options.pythons.split(",")
    missing = [label for label in labels if not pythons.path(label).exists()]
    if missing:
        sys.exit(f"not installed: {missing} (run `make pythons`)")
    failed = False
    with ThreadPoolExecutor(max_workers=4) as pool:
        for name in options.names:
            usable = [label for label in labels if not unmet_requirement(name, str(pythons.path(label)))]
            if not usable:  # the Dask example: its recording, made where it runs, is kept
                print(f"{name}: kept; no interpreter of the matrix can run it", file=sys.stderr)
                continue
            found = record(name, usable, pool)
            if found:
                failed = True
                print(f"{name}: not recorded", *found, sep="\n  ", file=sys.stderr)
            else:
                print(f"{name}: recorded on {', '.join(usable)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
