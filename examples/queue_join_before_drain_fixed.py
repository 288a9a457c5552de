"""Read a child's result from the queue first, then join the child."""

import multiprocessing

PAYLOAD_SIZE = 1_000_000  # bytes: far more than a pipe's buffer holds


def produce(results):
    results.put(b"x" * PAYLOAD_SIZE)


def main():
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=(results,))
    child.start()
    data = results.get(timeout=10)  # drain first: this empties the pipe
    child.join(timeout=10)  # now the child can flush its data and exit
    print(f"received {len(data):,} bytes")
    print("child still alive after join(timeout):", child.is_alive())
    print("exit code:", child.exitcode)


if __name__ == "__main__":
    main()
