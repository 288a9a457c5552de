"""Producer/consumer with queue.Queue: one sentinel per consumer, then join."""

import queue
import threading

CONSUMERS = 2
STOP = object()  # the sentinel: no real item is this object


def consume(tasks, results):
    while True:  # ends at the sentinel; get() never waits more than 5 s
        item = tasks.get(timeout=5)
        try:
            if item is STOP:
                return
            results.put(item * item)
        finally:
            tasks.task_done()  # one call per get(), sentinels included


def main():
    tasks, results = queue.Queue(), queue.Queue()
    consumers = [
        threading.Thread(target=consume, args=(tasks, results))
        for _ in range(CONSUMERS)
    ]
    for consumer in consumers:
        consumer.start()
    items = range(1, 9)
    for item in items:
        tasks.put(item)
    for _ in consumers:
        tasks.put(STOP)  # each consumer takes exactly one and returns
    tasks.join()  # no timeout exists: returns once every item is task_done
    for consumer in consumers:
        consumer.join(timeout=5)
        if consumer.is_alive():
            raise SystemExit(f"{consumer.name} did not end within 5 seconds")
    squares = sorted(results.get(timeout=1) for _ in items)
    print(f"{len(items)} items, {CONSUMERS} consumers")
    print("squares:", squares)


if __name__ == "__main__":
    main()
