"""Opens a file and never closes it: CPython reports a ResourceWarning when it is collected."""


def main():
    open(__file__)  # noqa: SIM115 (left open on purpose: the leak the test must see)


if __name__ == "__main__":
    main()
