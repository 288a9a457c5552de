"""What the workers run: top-level functions, so every start method can
pickle them by name."""

import functools
import hashlib
import time

HASH_PIECE = 16 * 2**20  # bytes per update(), hashed without the GIL


def do_nothing():
    """The target of a start-up measurement: the cost is the start itself."""


def busy_sum(steps):
    """Pure-Python arithmetic: every step needs the GIL."""
    total = 0
    for number in range(steps):
        total += number % 7
    return total


def wait(seconds):
    """Stands in for I/O: a thread that sleeps lets go of the GIL."""
    time.sleep(seconds)
    return seconds


@functools.lru_cache(maxsize=1)
def make_hash_buffer():
    """The 16 MiB buffer, made once per process before any timing, so
    threads and processes time the hashing alone."""
    return bytes(range(256)) * (HASH_PIECE // 256)


def hash_pieces(pieces):
    """SHA-256 of the 16 MiB buffer fed `pieces` times; hashing in C
    releases the GIL for each update()."""
    hasher = hashlib.sha256()
    buffer = make_hash_buffer()
    for _ in range(pieces):
        hasher.update(buffer)
    return hasher.hexdigest()


def answer_payloads(conn, block_name):
    """The child of the transfer benchmark, until it receives None.

    ("pickled", payload): answer its length (recv() unpickled it).
    ("shared", size): copy `size` bytes out of the shared block, answer
    their length.
    """
    from multiprocessing import shared_memory

    block = shared_memory.SharedMemory(name=block_name)  # attach only
    try:
        while (message := conn.recv()) is not None:
            kind, content = message
            if kind == "pickled":
                conn.send(len(content))
            else:
                with block.buf[:content] as view:
                    conn.send(len(bytes(view)))
    finally:
        block.close()  # the parent, which created it, unlinks it
        conn.close()


# --- single-thread loops: what the free-threaded build costs one thread ---


def add(a, b):
    return a + b


def calls(steps):
    """Function calls: a two-line function, called `steps` times."""
    total = 0
    for number in range(steps):
        total = add(total, number)
    return total


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def attributes(steps):
    """Attribute reads and writes on one instance."""
    point = Point(0, 0)
    for number in range(steps):
        point.x = point.y + number
        point.y = point.x % 1000
    return point.y


def dict_updates(steps):
    """Read-modify-write of a dict's values: get() and a store."""
    counts = {}
    for number in range(steps):
        key = number & 255
        counts[key] = counts.get(key, 0) + 1
    return len(counts)


def list_ops(steps):
    """append() and pop() on a list."""
    items = []
    for number in range(steps):
        items.append(number)
        if len(items) > 64:
            items.pop()
    return len(items)


def objects(steps):
    """Making and dropping small objects."""
    last = None
    for number in range(steps):
        last = Point(number, (number, str(number)))
    return last.x


# --- races: two threads update one shared object, with and without a lock ---


class Counter:
    def __init__(self):
        self.value = 0


def add_unlocked(counter, times, barrier, _lock):
    """`counter.value += 1`: a read, an add and a write, not atomic."""
    barrier.wait()
    for _ in range(times):
        counter.value += 1


def add_locked(counter, times, barrier, lock):
    barrier.wait()
    for _ in range(times):
        with lock:
            counter.value += 1


def new_entry(key):
    """What a check-then-act computes between the check and the act."""
    return key


def claim_unlocked(cache, keys, claimed, barrier, _lock):
    """Check then act: a key missing from `cache` is claimed by whoever
    finds it missing; two threads can both find it missing."""
    barrier.wait()
    for key in keys:
        if key not in cache:
            cache[key] = new_entry(key)
            claimed.append(key)


def claim_locked(cache, keys, claimed, barrier, lock):
    barrier.wait()
    for key in keys:
        with lock:
            if key not in cache:
                cache[key] = new_entry(key)
                claimed.append(key)
