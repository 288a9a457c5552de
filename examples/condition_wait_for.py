"""Buyers wait on a Condition until the shared stock covers their order."""

import threading


class Store:
    def __init__(self):
        self.condition = threading.Condition()
        self.stock = 0

    def deliver(self, quantity):
        with self.condition:
            self.stock += quantity
            self.condition.notify_all()  # every waiter re-checks its test

    def buy(self, wanted, timeout):
        """Take `wanted` items once there are enough; False on timeout."""
        with self.condition:
            # wait_for() releases the lock while it waits and re-checks
            # the test, holding the lock, each time it is woken.
            if self.condition.wait_for(
                lambda: self.stock >= wanted, timeout=timeout
            ):
                self.stock -= wanted
                return True
            return False


def main():
    store = Store()
    orders = {"ann": (1, 5), "bob": (2, 5), "cy": (3, 5), "dee": (99, 0.2)}
    results = {}

    def shop(name):
        results[name] = store.buy(*orders[name])  # one key per thread

    buyers = [threading.Thread(target=shop, args=(name,)) for name in orders]
    for buyer in buyers:
        buyer.start()
    for _ in range(6):  # six items arrive, one at a time
        store.deliver(1)
    for buyer in buyers:
        buyer.join(timeout=5)
        if buyer.is_alive():
            raise SystemExit(f"{buyer.name} did not finish within 5 seconds")
    for name, (wanted, _) in orders.items():
        print(f"{name} wanted {wanted}, got them: {results[name]}")
    print("stock left:", store.stock)


if __name__ == "__main__":
    main()
