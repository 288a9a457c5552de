"""Change a list inside a managed dict: the change is lost, silently."""

import multiprocessing


def add_result(shared, value):
    # shared["results"] is a copy of the list, sent by the manager:
    # append() changes the copy, and the manager never hears of it.
    shared["results"].append(value)


def main():
    with multiprocessing.Manager() as manager:
        shared = manager.dict({"results": []})
        child = multiprocessing.Process(target=add_result, args=(shared, 1))
        child.start()
        child.join(timeout=10)
        print("child exit code:", child.exitcode)
        add_result(shared, 2)  # the same in the parent
        print('shared["results"]:', shared["results"])


if __name__ == "__main__":
    main()
