"""Ctrl-C and a Pool: workers ignore SIGINT, the parent terminates them."""

import multiprocessing
import os
import signal
import threading
import time


def ignore_sigint():
    # A real Ctrl-C reaches every process in the terminal's foreground
    # group. Workers ignore it and leave the decision to the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow_square(n):
    time.sleep(0.2)
    return n * n


def press_ctrl_c():
    # Stands for the user's Ctrl-C, sent to this (the parent) process only.
    os.kill(os.getpid(), signal.SIGINT)


def main():
    ctrl_c = threading.Timer(0.3, press_ctrl_c)
    with multiprocessing.Pool(processes=2, initializer=ignore_sigint) as pool:
        pending = pool.map_async(slow_square, range(20), chunksize=1)
        ctrl_c.start()
        try:
            squares = pending.get(timeout=10)  # 2 s of work: Ctrl-C first
            print("all results:", squares)
        except KeyboardInterrupt:
            print("KeyboardInterrupt: terminating the pool")
            pool.terminate()  # stop the workers without finishing the work
        finally:
            ctrl_c.join(timeout=10)
    print("pool stopped; the program exits normally")


if __name__ == "__main__":
    main()
