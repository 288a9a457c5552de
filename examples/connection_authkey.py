"""Refuse a multiprocessing.connection Client that has the wrong authkey."""

import multiprocessing
from multiprocessing.connection import Client, Listener


def serve(report):
    # The child inherited the parent's process.authkey; it is the secret.
    authkey = multiprocessing.current_process().authkey
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        report.send(listener.address)  # port 0: the OS picked a free port
        for _ in range(2):  # one client with the right key, one without
            try:
                with listener.accept() as conn:
                    conn.send(f"hello, {conn.recv()}")
                    report.send("server: accepted a client")
            except multiprocessing.AuthenticationError as exc:
                report.send(f"server: refused a client: {exc}")
    report.close()


def main():
    report, child_report = multiprocessing.Pipe(duplex=False)
    # daemon: if main() fails, the server is stopped instead of waited for.
    server = multiprocessing.Process(
        target=serve, args=(child_report,), daemon=True
    )
    server.start()
    child_report.close()
    if not report.poll(10):
        raise SystemExit("the server did not start within 10 seconds")
    address = report.recv()

    authkey = multiprocessing.current_process().authkey
    with Client(address, authkey=authkey) as conn:
        conn.send("trusted client")
        print("client with the right key got:", conn.recv())
    try:
        Client(address, authkey=b"a guess").close()
    except multiprocessing.AuthenticationError as exc:
        print("client with a wrong key: AuthenticationError:", exc)
    for _ in range(2):  # the server's account of the two clients
        if not report.poll(10):
            raise SystemExit("the server did not report within 10 seconds")
        print(report.recv())
    report.close()

    server.join(timeout=10)
    if server.is_alive():
        server.terminate()
        server.join()
        raise SystemExit("the server did not finish within 10 seconds")


if __name__ == "__main__":
    main()
