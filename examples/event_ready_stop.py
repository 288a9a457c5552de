"""Events carry one-way signals: "ready" to the clients, "stop" to a server."""

import threading


def server(config, ready, stop, log):
    config["greeting"] = "hello"  # slow start-up work would go here
    ready.set()  # wakes every thread waiting on `ready`, now and later
    log["server stopped on request"] = stop.wait(timeout=5)


def client(name, config, ready, log):
    if ready.wait(timeout=5):  # True once set, False on timeout
        log[f"{name} read"] = config["greeting"]
    else:
        log[f"{name} read"] = "nothing: the server was not ready"


def main():
    config, log = {}, {}
    ready, stop = threading.Event(), threading.Event()
    threads = [
        threading.Thread(target=client, args=(name, config, ready, log))
        for name in ("client-1", "client-2")
    ]
    threads.append(
        threading.Thread(target=server, args=(config, ready, stop, log))
    )
    for thread in threads:
        thread.start()
    if not ready.wait(timeout=5):
        raise SystemExit("the server did not get ready within 5 seconds")
    stop.set()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    for key in sorted(log):
        print(f"{key}: {log[key]}")


if __name__ == "__main__":
    main()
