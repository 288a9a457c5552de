"""A BoundedSemaphore rejects an extra release; a plain Semaphore allows it."""

import threading


def free_slots(semaphore):
    """How many acquires succeed without waiting (at most 10)."""
    taken = 0
    while taken < 10 and semaphore.acquire(blocking=False):
        taken += 1
    for _ in range(taken):
        semaphore.release()
    return taken


def main():
    plain = threading.Semaphore(2)
    plain.release()  # a bug: a release with no acquire before it
    print("Semaphore(2), extra release, free slots:", free_slots(plain))

    bounded = threading.BoundedSemaphore(2)
    try:
        bounded.release()  # the same bug
    except ValueError as error:
        print("BoundedSemaphore(2), extra release: ValueError:", error)
    print("BoundedSemaphore(2), free slots:", free_slots(bounded))


if __name__ == "__main__":
    main()
