"""Time sending payloads of growing size to a child process through a Pipe."""

import multiprocessing
import pickle
import statistics
import time

PAYLOADS = {
    "bytes(1_000)": bytes(1_000),
    "bytes(100_000)": bytes(100_000),
    "bytes(1_000_000)": bytes(1_000_000),
    "bytes(10_000_000)": bytes(10_000_000),
    "list(range(200_000))": list(range(200_000)),
}
REPEATS = 7


def acknowledge(conn):
    # recv() unpickles each payload; None is the signal to stop.
    while (payload := conn.recv()) is not None:
        conn.send(len(payload))
    conn.close()


def median_ms(action, *args):
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def send_and_wait(conn, payload):
    conn.send(payload)  # pickles payload and writes it to the pipe
    if not conn.poll(10):
        raise SystemExit("the child did not answer within 10 seconds")
    conn.recv()


def dumps_and_loads(payload):
    return pickle.loads(pickle.dumps(payload))


def main():
    conn, child_conn = multiprocessing.Pipe()
    child = multiprocessing.Process(target=acknowledge, args=(child_conn,))
    child.start()
    child_conn.close()  # the child holds its own copy
    send_and_wait(conn, b"warm-up")
    print("payload               pickled    transfer    MB/s  dumps+loads")
    for label, payload in PAYLOADS.items():
        size = len(pickle.dumps(payload))
        transfer = median_ms(send_and_wait, conn, payload)
        local = median_ms(dumps_and_loads, payload)
        print(
            f"{label:<20} {size / 1000:>6,.0f} KB {transfer:>8.4f} ms"
            f" {size / transfer / 1000:>6,.0f} {local:>9.4f} ms"
        )
    conn.send(None)
    child.join(timeout=10)
    conn.close()
    if child.exitcode != 0:
        raise SystemExit(f"the child ended with exit code {child.exitcode}")


if __name__ == "__main__":
    main()
