"""The notebook's worker function, in a module that a child process can import."""


def square(x):
    return x * x
