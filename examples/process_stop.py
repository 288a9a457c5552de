"""Stop a process: a stop Event (exit 0), terminate() (-15) or kill() (-9)."""

import multiprocessing
import signal
import time


def work_until_stopped(started, stop):
    started.set()
    for _ in range(200):  # at most 10 s, in steps of 0.05 s
        # One unit of work would go here; then check for a stop request.
        if stop.wait(timeout=0.05):
            return  # a normal return: exitcode 0


def work_without_checks(started):
    started.set()
    time.sleep(10)  # stands for work that never looks for a stop request


def work_ignoring_sigterm(started):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    started.set()
    time.sleep(10)


def start(target, *args):
    started = multiprocessing.Event()
    process = multiprocessing.Process(target=target, args=(started, *args))
    process.start()
    started.wait(timeout=10)  # so each stop below hits a running target
    return process


def main():
    stop = multiprocessing.Event()
    process = start(work_until_stopped, stop)
    stop.set()
    process.join(timeout=10)
    print("stop Event set:       exitcode", process.exitcode)

    process = start(work_without_checks)
    process.terminate()  # SIGTERM on POSIX
    process.join(timeout=10)
    print("terminate():          exitcode", process.exitcode)

    process = start(work_ignoring_sigterm)
    process.terminate()
    process.join(timeout=0.3)
    print("terminate() ignored:  alive after 0.3 s:", process.is_alive())
    process.kill()  # SIGKILL on POSIX: cannot be caught or ignored
    process.join(timeout=10)
    print("kill():               exitcode", process.exitcode)


if __name__ == "__main__":
    main()
