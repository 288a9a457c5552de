"""Two transfers take the account locks in one global order: no deadlock."""

import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount, barrier, outcomes):
    # Every transfer locks the accounts in the same order, by name,
    # whichever way the money goes.
    first, second = sorted((source, target), key=lambda account: account.name)
    barrier.wait(timeout=5)  # start both transfers at the same moment
    with first.lock:
        # The same unlucky pause as before. The other thread now waits for
        # `first` while holding nothing, so it cannot block this one.
        time.sleep(0.1)
        with second.lock:
            source.balance -= amount
            target.balance += amount
    outcomes[threading.current_thread().name] = "done"


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
    print(f"Balances: A={a.balance}, B={b.balance}")


if __name__ == "__main__":
    main()
