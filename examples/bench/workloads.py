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
