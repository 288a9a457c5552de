"""Join a child before reading its queue: the join cannot finish."""

import multiprocessing

PAYLOAD_SIZE = 1_000_000  # bytes: far more than a pipe's buffer holds


def produce(results, sent):
    results.put(b"x" * PAYLOAD_SIZE)  # returns at once; a thread sends it
    sent.set()


def main():
    results = multiprocessing.Queue()
    sent = multiprocessing.Event()
    child = multiprocessing.Process(target=produce, args=(results, sent))
    child.start()
    if not sent.wait(timeout=10):
        raise SystemExit("the child did not put its result within 10 s")
    print("the child's put() has returned")
    # The wrong order: join first. The child cannot exit before its data
    # is in the pipe, and the pipe fills up because nobody reads it.
    child.join(timeout=1)  # a plain join() would wait here forever
    print(
        "child still alive after join(timeout):",
        child.is_alive(),
        "-> the queue must be drained first",
    )
    data = results.get(timeout=10)  # reading the pipe lets the child end
    child.join(timeout=10)
    print(
        f"received {len(data):,} bytes, then joined: exit code", child.exitcode
    )


if __name__ == "__main__":
    main()
