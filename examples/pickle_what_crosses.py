"""Try pickle.dumps on each kind of object and report which ones can cross."""

import os
import pickle
import socket
import threading


def double(x):
    return 2 * x


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def make_adder(n):
    def add(x):  # defined inside a function: pickle cannot find it by name
        return x + n

    return add


def countdown(n):
    yield from range(n, 0, -1)


def try_pickle(label, obj):
    try:
        pickle.dumps(obj)
    except Exception as exc:  # the type is what matters; messages vary
        print(f"{label:<30} {type(exc).__name__}")
    else:
        print(f"{label:<30} ok")


def main():
    try_pickle("int, str, list, dict, tuple", [1, "a", {"k": (2.5, None)}])
    try_pickle("module-level function", double)
    try_pickle("instance of module-level class", Point(1, 2))
    try_pickle("lambda", lambda x: 2 * x)
    try_pickle("function inside a function", make_adder(1))
    try_pickle("generator", countdown(3))
    try_pickle("threading.Lock", threading.Lock())
    with open(os.devnull) as file, socket.socket() as sock:
        try_pickle("open file", file)
        try_pickle("socket", sock)
    # Functions and classes travel by name: loading gives the same object.
    same = pickle.loads(pickle.dumps(double)) is double
    print("a function comes back as the same object:", same)


if __name__ == "__main__":
    main()
