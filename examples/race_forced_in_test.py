"""A test that makes a lost update happen on every run: a Barrier between
the read and the write of two threads."""

import contextlib
import threading

WAIT = 0.5  # seconds at the barrier before a thread goes on alone


class Account:
    def __init__(self):
        self.balance = 0

    def read_balance(self):
        return self.balance

    def deposit(self, amount):
        balance = self.read_balance()  # read
        self.balance = balance + amount  # write


class LockedAccount(Account):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            super().deposit(amount)


def pause_after(read, barrier):
    """`read`, then wait until the other thread has read too."""

    def paused():
        value = read()
        # A lock may keep the other thread from reading meanwhile: then the
        # wait times out, and this thread goes on alone.
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=WAIT)
        return value

    return paused


def two_deposits(account):
    """Deposit 10 twice at once, each read forced before either write."""
    account.read_balance = pause_after(
        account.read_balance, threading.Barrier(2)
    )
    threads = [
        threading.Thread(target=account.deposit, args=(10,)) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
        if thread.is_alive():
            raise SystemExit(f"{thread.name} did not finish within 5 seconds")
    return account.balance


def main():
    for account in (Account(), LockedAccount()):
        balance = two_deposits(account)
        verdict = "ok" if balance == 20 else "an update was lost"
        print(f"{type(account).__name__}: balance {balance}, {verdict}")


if __name__ == "__main__":
    main()
