"""Record what every example prints, on every interpreter of the matrix, into examples/output/.

`PYTHONPATH=tests python -m support.record [--pythons 3.11,3.14] [NAME ...]` (`make outputs`). Each example
runs as tests run it (support.runs.run_example) under every start method on every interpreter. Per
interpreter, one stdout file when all methods agree, one per method otherwise. The oldest
interpreter's output is untagged; a later version that prints something else gets a tag
(`NAME.py314.txt`: 3.14 and later), and a free-threaded build that differs from its GIL build
gets its own (`NAME.py313t.txt`). Stderr of declared failures is recorded the same way.
An example whose stdout varies (it has a pattern, `NAME.re`) is recorded once per pattern,
as an instance. A run that breaks its declaration is reported and nothing is written for
that example. An example that no interpreter of the matrix can run because it needs a package
(Dask, NumPy) is recorded on the tools' Python (this one, from `.venv`, with the extras) under
its label, when that Python can run it.
"""

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor

from examples import _catalogue as catalogue
from support import pythons
from support.runs import (
    START_METHODS,
    expectation_for,
    let_children_take_ctrl_c,
    problems,
    run_example,
    unmet_requirement,
)


def record(name, labels, pool, python_of=pythons.path):
    """Run and record one example; the problems found (nothing is written when there are any)."""
    jobs = {
        (label, method): pool.submit(
            run_example, name, str(python_of(label)), method
        )
        for label in labels
        for method in START_METHODS
    }
    runs = {key: job.result() for key, job in jobs.items()}
    found = [
        problem
        for (label, method), run in runs.items()
        for problem in problems(
            run,
            expectation_for(
                name,
                method,
                label,
                check_stdout=bool(catalogue.pattern_file(name, label)),
            ),
        )
    ]
    if found:
        return found
    catalogue.remove_outputs(name)
    patterns = {label: catalogue.pattern_file(name, label) for label in labels}
    stdout = {}
    for label in labels:
        if patterns[
            label
        ]:  # one instance per pattern, from the oldest interpreter it holds for
            tag = (
                patterns[label]
                .name.removeprefix(f"{name}.")
                .removesuffix("re")
                .rstrip(".")
            )
            if not catalogue.output_path(name, "txt", tag).exists():
                catalogue.output_path(name, "txt", tag).write_text(
                    runs[label, START_METHODS[0]].stdout, "utf-8"
                )
        else:
            stdout[label] = {m: runs[label, m].stdout for m in START_METHODS}
    catalogue.write_outputs(name, "txt", stdout)
    stderr = {
        label: {
            m: runs[label, m].stderr
            for m in START_METHODS
            if catalogue.declared_failure(name, m, label)
        }
        for label in labels
    }
    catalogue.write_outputs(
        name, "stderr.txt", {label: s for label, s in stderr.items() if s}
    )
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pythons",
        default=",".join(catalogue.VERSIONS),
        help="labels, oldest first",
    )
    parser.add_argument("names", nargs="*", default=catalogue.example_names())
    options = parser.parse_args()
    let_children_take_ctrl_c()
    labels = options.pythons.split(",")
    missing = [label for label in labels if not pythons.path(label).exists()]
    if missing:
        sys.exit(f"not installed: {missing} (run `make pythons`)")
    failed = False
    with ThreadPoolExecutor(max_workers=4) as pool:
        for name in options.names:
            usable = [
                label
                for label in labels
                if not unmet_requirement(name, str(pythons.path(label)))
            ]
            python_of = pythons.path
            if not usable:  # a package's example: on the tools' Python
                tools = pythons.label_of(sys.executable)
                if tools not in labels or unmet_requirement(
                    name, sys.executable
                ):
                    print(
                        f"{name}: kept; no interpreter here can run it",
                        file=sys.stderr,
                    )
                    continue
                usable = [tools]

                def python_of(label):
                    return sys.executable

            found = record(name, usable, pool, python_of)
            if found:
                failed = True
                print(
                    f"{name}: not recorded",
                    *found,
                    sep="\n  ",
                    file=sys.stderr,
                )
            else:
                print(f"{name}: recorded on {', '.join(usable)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
