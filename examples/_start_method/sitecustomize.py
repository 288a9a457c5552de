"""Sets the multiprocessing start method from EXAMPLE_START_METHOD, before any example runs.

The tests (tests/support/runs.py) and `python -m examples run` put this directory on
PYTHONPATH, so the start method is a parameter of the run and no example is edited to
choose it. It lives in the package so that an installed copy can use it too.
"""

import os

_method = os.environ.get("EXAMPLE_START_METHOD")
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method)
