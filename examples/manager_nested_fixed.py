"""Change a list inside a managed dict: a nested proxy, or write it back."""

import multiprocessing


def add_to_proxy(shared, value):
    # shared["nested"] is a list proxy: append() runs in the manager.
    shared["nested"].append(value)


def add_and_write_back(shared, lock, value):
    with lock:  # without it, two processes could each write back their own
        results = shared["copied"]
        results.append(value)
        shared["copied"] = results  # assignment goes to the manager


def main():
    with multiprocessing.Manager() as manager:
        shared = manager.dict({"nested": manager.list(), "copied": []})
        lock = manager.Lock()
        children = [
            multiprocessing.Process(target=add_to_proxy, args=(shared, 1)),
            multiprocessing.Process(target=add_to_proxy, args=(shared, 2)),
            multiprocessing.Process(
                target=add_and_write_back, args=(shared, lock, 1)
            ),
            multiprocessing.Process(
                target=add_and_write_back, args=(shared, lock, 2)
            ),
        ]
        for child in children:
            child.start()
        for child in children:
            child.join(timeout=10)
        print("exit codes:", [child.exitcode for child in children])
        print('shared["nested"]:', sorted(shared["nested"][:]))
        print('shared["copied"]:', sorted(shared["copied"]))


if __name__ == "__main__":
    main()
