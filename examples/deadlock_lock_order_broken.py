"""Two transfers lock the same two accounts in opposite order: deadlock."""

import threading

GIVE_UP_AFTER = 0.5  # seconds; a plain acquire() would wait forever


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount, barrier, outcomes):
    with source.lock:
        # Both threads now hold their first lock before either asks for its
        # second: the unlucky timing, made certain.
        barrier.wait(timeout=5)
        moved = target.lock.acquire(timeout=GIVE_UP_AFTER)
        if moved:
            source.balance -= amount
            target.balance += amount
            target.lock.release()
        # Keep the first lock until both threads have given up, so that
        # neither slips through while the other backs off.
        barrier.wait(timeout=5)
    name = threading.current_thread().name
    if moved:
        outcomes[name] = "done"
    else:
        outcomes[name] = (
            f"held {source.name}, gave up waiting for {target.name}"
        )


def main():
    a, b = Account("A", 100), Account("B", 100)
    barrier = threading.Barrier(2)
    outcomes = {}
    threads = [
        threading.Thread(
            target=transfer, args=(a, b, 30, barrier, outcomes), name="A->B"
        ),
        threading.Thread(
            target=transfer, args=(b, a, 10, barrier, outcomes), name="B->A"
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    for name in sorted(outcomes):
        print(f"{name}: {outcomes[name]}")
    if "done" not in outcomes.values():
        print("Deadlock detected: each thread held the lock the other needed")
    print(f"Balances: A={a.balance}, B={b.balance}")


if __name__ == "__main__":
    main()
