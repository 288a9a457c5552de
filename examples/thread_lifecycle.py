"""Follow two named threads from creation to finish, and list live threads."""

import threading


def wait_for_go(go, finished):
    go.wait(timeout=5)  # holds the thread alive until main() says go
    finished.append(threading.current_thread().name)


def live_thread_names():
    return sorted(thread.name for thread in threading.enumerate())


def main():
    go, finished = threading.Event(), []
    workers = [
        threading.Thread(
            target=wait_for_go, args=(go, finished), name=f"worker-{n}"
        )
        for n in (1, 2)
    ]
    print("before start(), alive:", [w.is_alive() for w in workers])
    for worker in workers:
        worker.start()
    print("after start(), alive:", [w.is_alive() for w in workers])
    print("live threads:", live_thread_names())
    print("main() runs in:", threading.current_thread().name)

    # join() returns after the timeout even though worker-1 is still waiting
    workers[0].join(timeout=0.1)
    print("after join(timeout=0.1), worker-1 alive:", workers[0].is_alive())

    go.set()
    for worker in workers:
        worker.join(timeout=5)
    print("after go and join(), alive:", [w.is_alive() for w in workers])
    print("finished, as each saw its own name:", sorted(finished))
    print("live threads:", live_thread_names())


if __name__ == "__main__":
    main()
