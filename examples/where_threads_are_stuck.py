"""Print where each stuck thread is waiting: its function and source line."""

import sys
import threading
import traceback

GIVE_UP_AFTER = 2.0  # seconds; then the stuck threads end on their own
LOOK_AFTER = 0.25  # seconds to wait for each thread before looking


def save_config(config_lock, log_lock, barrier):
    with config_lock:
        barrier.wait(timeout=5)
        if log_lock.acquire(timeout=GIVE_UP_AFTER):
            log_lock.release()


def rotate_log(config_lock, log_lock, barrier):
    with log_lock:
        barrier.wait(timeout=5)
        if config_lock.acquire(timeout=GIVE_UP_AFTER):
            config_lock.release()


def print_where(thread, frames):
    """Print the frames of `thread`'s stack that are in this file."""
    print(f"{thread.name} is waiting in:")
    # The stack is listed outermost call first; threading.py's frames,
    # which start every thread, are left out.
    for frame in traceback.extract_stack(frames[thread.ident]):
        if frame.filename == __file__:
            print(f"  {frame.name}(), at the line: {frame.line}")


def main():
    locks = threading.Lock(), threading.Lock()
    barrier = threading.Barrier(2)
    threads = [
        threading.Thread(
            target=save_config, args=(*locks, barrier), name="saver"
        ),
        threading.Thread(
            target=rotate_log, args=(*locks, barrier), name="rotator"
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=LOOK_AFTER)
    frames = sys._current_frames()  # thread ident -> its current frame
    me = threading.current_thread()
    stuck = sorted(
        (t for t in threading.enumerate() if t is not me),
        key=lambda t: t.name,
    )
    print("Still running:", ", ".join(t.name for t in stuck))
    for thread in stuck:
        print_where(thread, frames)
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")


if __name__ == "__main__":
    main()
