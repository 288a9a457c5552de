"""Start this Python with PYTHON_GIL or -X gil set; is the GIL on?"""

import os
import subprocess
import sys

ASK = "import sys; print(sys._is_gil_enabled())"
# (what the run sets, environment variables, command-line options)
RUNS = [
    ("neither", {}, []),
    ("PYTHON_GIL=1", {"PYTHON_GIL": "1"}, []),
    ("-X gil=1", {}, ["-X", "gil=1"]),
    ("PYTHON_GIL=1 -X gil=0", {"PYTHON_GIL": "1"}, ["-X", "gil=0"]),
    ("PYTHON_GIL=0", {"PYTHON_GIL": "0"}, []),
]


def gil_enabled(variables, options):
    """What sys._is_gil_enabled() says in a new interpreter, or the error."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_GIL"}
    run = subprocess.run(
        [sys.executable, *options, "-c", ASK],
        env={**env, **variables},
        capture_output=True,
        text=True,
        timeout=30,
    )
    if run.returncode == 0:
        return run.stdout.strip()
    lines = run.stderr.splitlines()
    error = next((x for x in lines if "error" in x.lower()), lines[-1])
    return f"exit status {run.returncode}: {error}"


def main():
    print(f"{'run with':<22} sys._is_gil_enabled()")
    for what, variables, options in RUNS:
        print(f"{what:<22} {gil_enabled(variables, options)}")


if __name__ == "__main__":
    main()
