"""A function typed in an interactive session: a spawn child can't find it."""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

# What a user types at the >>> prompt; the blank line ends a definition.
SESSION = """\
import multiprocessing
{define}
child = multiprocessing.get_context("spawn").Process(target=f)
child.start()
child.join(timeout=10)
print("child exit code:", child.exitcode)
"""
FUNCTION = 'def f():\n    print("f ran in the child")\n'
ERROR_LINE = re.compile(r"^\w+Error: .*$", re.MULTILINE)


def run_session(define, folder):
    """Type the session into `python -i` in `folder`; return what it showed."""
    done = subprocess.run(
        [sys.executable, "-i", "-q"],  # -i: interactive even from a pipe
        input=SESSION.format(define=define),
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=20,
    )
    return done.stdout.splitlines(), ERROR_LINE.findall(done.stderr)


def show(title, stdout, errors):
    print(title)
    for line in stdout:
        print("  " + line)
    for line in errors:
        print(f"  {line}")


def main():
    with tempfile.TemporaryDirectory() as folder:
        show("typed into the session:", *run_session(FUNCTION, folder))
        # The fix: the same function in a file that the child can import.
        Path(folder, "tasks.py").write_text(FUNCTION)
        show(
            "imported from tasks.py:",
            *run_session("from tasks import f\n", folder),
        )


if __name__ == "__main__":
    main()
