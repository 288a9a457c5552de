"""Talk to a child over a duplex Pipe, with poll() as the timeout."""

import multiprocessing


def square_server(conn):
    # recv() has no timeout: poll() first, and give up after 5 s of silence.
    while conn.poll(5):
        number = conn.recv()
        if number is None:  # the parent's request to stop
            break
        conn.send(number * number)
    conn.close()


def main():
    parent_end, child_end = multiprocessing.Pipe()  # duplex: both ways
    child = multiprocessing.Process(target=square_server, args=(child_end,))
    child.start()
    child_end.close()  # the child has its own copy; keep only ours open
    print("anything to read before asking?", parent_end.poll(0.1))
    for number in (2, 3, 4):
        parent_end.send(number)
        if not parent_end.poll(5):
            raise SystemExit("no reply within 5 s")
        print(f"{number} squared is {parent_end.recv()}")
    parent_end.send(None)
    child.join(timeout=5)
    print("child exit code:", child.exitcode)
    # Every copy of the other end is closed now, so the pipe is at its
    # end: poll() returns True and recv() raises EOFError instead of
    # waiting. Had we kept child_end open, recv() would block forever.
    print("poll() after the child exited:", parent_end.poll(5))
    try:
        parent_end.recv()
    except EOFError:
        print("recv() raised EOFError: the other end is closed")
    parent_end.close()


if __name__ == "__main__":
    main()
