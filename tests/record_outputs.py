"""Record what every example prints into examples/output/: run `python tests/record_outputs.py`.

Each example runs under every start method. One stdout file is written when all methods
agree (or the example's stdout has a pattern, `NAME.re`, because it varies), one per method
otherwise; an example declared to fail also gets its stderr recorded.
A run that breaks its declaration is reported and nothing is written for that example.
"""

import sys

from harness import (
    EXAMPLES,
    OUTPUT,
    START_METHODS,
    declared_failure,
    example_names,
    expectation_for,
    pattern_file,
    problems,
    run_program,
    stderr_file,
)


def main():
    names = sys.argv[1:] or example_names()
    failed = False
    for name in names:
        runs = {m: run_program([f"examples/{name}.py"], m, cwd=EXAMPLES.parent) for m in START_METHODS}
        found = [
            p
            for method, run in runs.items()
            for p in problems(run, expectation_for(name, method, check_stdout=False))
        ]
        if found:
            failed = True
            print(f"{name}: not recorded", *found, sep="\n  ", file=sys.stderr)
            continue
        for old in OUTPUT.glob(f"{name}.*txt"):
            old.unlink()
        # Output that varies by run (it has a pattern) is recorded once, as an instance.
        varies = pattern_file(name).exists()
        per_method = not varies and len({run.stdout for run in runs.values()}) > 1
        if not per_method:
            (OUTPUT / f"{name}.txt").write_text(runs[START_METHODS[0]].stdout, "utf-8")
        for method, run in runs.items():
            if per_method:
                (OUTPUT / f"{name}.{method}.txt").write_text(run.stdout, "utf-8")
            if declared_failure(name, method):
                stderr_file(name, method).write_text(run.stderr, "utf-8")
        print(f"{name}: recorded")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
