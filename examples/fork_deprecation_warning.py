"""When Python 3.12+ shows its warning about fork() in a threaded process."""

import re
import subprocess
import sys

# A thread runs while the program forks; the thread would hold any lock.
START_THREAD = """\
import multiprocessing, os, threading
stop = threading.Event()
waiter = threading.Thread(target=stop.wait, args=(10,))
waiter.start()
"""
MULTIPROCESSING = """\
child = multiprocessing.get_context("{}").Process(target=print)
child.start()
child.join(timeout=10)
stop.set()
"""
OS_FORK = """\
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
stop.set()
"""
WARNING = re.compile(r"DeprecationWarning: .*")


def warnings_shown(program, *options):
    """Run `program` with a thread started first, and interpreter `options`;
    return the warnings it printed on stderr."""
    done = subprocess.run(
        [sys.executable, *options, "-c", START_THREAD + program],
        capture_output=True,
        text=True,
        timeout=20,
    )
    # The process ID changes every run: show it as N.
    return [
        re.sub(r"pid=\d+", "pid=N", line)
        for line in WARNING.findall(done.stderr)
    ]


def show(title, program, *options):
    print(title)
    for line in warnings_shown(program, *options) or ["no warning"]:
        print(f"  {line}")


def main():
    show("multiprocessing, fork:", MULTIPROCESSING.format("fork"))
    show(
        "multiprocessing, fork, python -W default:",
        MULTIPROCESSING.format("fork"),
        "-W",
        "default",
    )
    show("os.fork() in __main__:", OS_FORK)
    # The fix: the fork server forks from a process without threads.
    show(
        "multiprocessing, forkserver, python -W default:",
        MULTIPROCESSING.format("forkserver"),
        "-W",
        "default",
    )


if __name__ == "__main__":
    main()
