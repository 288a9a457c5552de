"""A lock held by another thread at fork() stays locked in the child."""

import multiprocessing
import sys
import threading
import warnings

LOCK = threading.Lock()


def hold_lock(locked, release):
    with LOCK:
        locked.set()
        release.wait(timeout=10)


def try_lock(method):
    took_it = LOCK.acquire(timeout=0.5)  # without a timeout: a hang
    print(f"{method:>10} child: took the lock: {took_it}")
    if took_it:
        LOCK.release()


def start_child(method):
    """Run try_lock in a child; return True if starting it warned."""
    ctx = multiprocessing.get_context(method)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # even where default filters hide it
        child = ctx.Process(target=try_lock, args=(method,))
        child.start()
    child.join(timeout=10)
    if child.exitcode != 0:
        raise SystemExit(f"the {method} child failed: {child.exitcode}")
    return any(issubclass(w.category, DeprecationWarning) for w in caught)


def main():
    locked, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold_lock, args=(locked, release))
    holder.start()
    if not locked.wait(timeout=5):
        raise SystemExit("the other thread did not take the lock")
    warned = {m: start_child(m) for m in ("fork", "spawn", "forkserver")}
    release.set()
    holder.join(timeout=5)
    # Python 3.12 added the warning, for fork only; 3.11 stays silent.
    expected = {
        "fork": sys.version_info >= (3, 12),
        "spawn": False,
        "forkserver": False,
    }
    print(
        "DeprecationWarning as documented for this version:",
        warned == expected,
    )


if __name__ == "__main__":
    main()
