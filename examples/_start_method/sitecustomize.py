"""Sets the multiprocessing start method from EXAMPLE_START_METHOD, before any example runs.

The tests (tests/support/runs.py) and `python -m examples run` put this directory on
PYTHONPATH, so the start method is a parameter of the run and no example is edited to
choose it. It lives in the package so that an installed copy can use it too.

EXAMPLE_STARTS_NO_PROCESS marks a program that the catalogue finds no process in: then no
start method is set, and if the program imports multiprocessing after all, that is said
on stderr at exit, which fails the tests' run of it.
"""

import os

if os.environ.get("EXAMPLE_STARTS_NO_PROCESS"):
    import atexit
    import sys

    @atexit.register  # registered first, so it runs after the program's own
    def _report_multiprocessing():
        if "multiprocessing" in sys.modules:
            sys.stderr.write(
                "imported multiprocessing, so the start method matters: "
                "run this example under each one\n"
            )

elif os.environ.get("EXAMPLE_START_METHOD"):
    import multiprocessing

    multiprocessing.set_start_method(os.environ["EXAMPLE_START_METHOD"])
