"""`python -m examples`: list the example programs, or run one as the tests run it."""

import argparse
import difflib
import os
import signal
import subprocess
import sys

from . import _catalogue


class _Parser(argparse.ArgumentParser):
    """Bad input gets one line naming the valid choices, and exit status 2 (no usage dump)."""

    def error(self, message):
        self.exit(2, f"{self.prog}: {message}\n")


def _example_name(name):
    names = _catalogue.example_names()
    if name not in names:
        close = difflib.get_close_matches(name, names, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise argparse.ArgumentTypeError(
            f"no example named {name!r}{hint}; choose from: {', '.join(names)}"
        )
    return name


def _start_method(method):
    available = _catalogue.available_start_methods()
    if method not in available:
        problem = (
            "not available on this platform"
            if method in _catalogue.START_METHODS
            else "not a start method"
        )
        raise argparse.ArgumentTypeError(
            f"{method!r} is {problem}; choose from: {', '.join(available)}"
        )
    return method


def _parser():
    parser = _Parser(
        prog="python -m examples",
        description="List the guide's example programs, or run one as the test suite runs it.",
        epilog="`python -m examples list --help` and `python -m examples run --help` say more.",
    )
    commands = parser.add_subparsers(
        dest="command",
        required=True,
        metavar="{list,run}",
        parser_class=_Parser,
    )
    commands.add_parser(
        "list",
        help="each example, the page that shows it, and the first line of its docstring",
        description="List each example with the page that shows it (docs/...; '-' when there "
        "are no docs next to the package) and the first line of its docstring.",
    )
    run = commands.add_parser(
        "run",
        help="run one example as the tests do, and exit with its exit status",
        description="Run an example as the tests do: `python examples/NAME.py` in a child process, "
        "with the multiprocessing start method set from outside, so the example itself is "
        "unchanged. The output and the exit status are the example's own.",
    )
    run.add_argument(
        "name",
        metavar="NAME",
        type=_example_name,
        help="an example's name, as `list` prints it",
    )
    run.add_argument(
        "--start-method",
        type=_start_method,
        metavar="{" + ",".join(_catalogue.START_METHODS) + "}",
        help="the start method for the run (only those this platform offers); default: the platform's",
    )
    return parser


def _list():
    pages = _catalogue.pages_by_example()
    rows = [("example", "page", "summary")]
    for name in _catalogue.example_names():
        rows.append(
            (name, ", ".join(pages.get(name, ["-"])), _catalogue.summary(name))
        )
    widths = [max(len(row[column]) for row in rows) for column in (0, 1)]
    sys.stdout.write(
        "".join(
            f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c}\n" for a, b, c in rows
        )
    )
    sys.stdout.flush()


def _run(name, start_method):
    """Run example `name` as the tests do, `python examples/NAME.py` with the start method set
    from outside (None: the platform's default); return its exit status."""
    env = _catalogue.run_environment(start_method)
    # An ignored SIGINT stays ignored across exec; a handled one is reset. The examples that
    # show Ctrl-C need it live in the child, even when this command runs as a background job.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    child = subprocess.Popen(
        [sys.executable, str(_catalogue.source_path(name))], env=env
    )
    # Ctrl-C at the terminal reaches the child too: let it decide, and report how it ended.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        returncode = child.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return (
        returncode if returncode >= 0 else 128 - returncode
    )  # killed by a signal: as a shell says


def main(argv=None):
    """Run the command line; returns the exit status."""
    arguments = _parser().parse_args(argv)
    if arguments.command == "run":
        return _run(arguments.name, arguments.start_method)
    try:
        _list()
    except BrokenPipeError:  # `| head` stopped reading: not worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
