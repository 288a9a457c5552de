"""Set the start method a second time: RuntimeError."""

import multiprocessing


def library_setup():
    """Library code that sets the start method for the whole program."""
    multiprocessing.set_start_method("spawn")


def main():
    try:
        library_setup()  # as a library might do when it is imported
        multiprocessing.set_start_method("forkserver")  # the program's own
    except RuntimeError as error:
        print(f"RuntimeError: {error}")


if __name__ == "__main__":
    main()
