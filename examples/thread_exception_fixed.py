"""Catch an exception in a thread and re-raise it in the thread that joins."""

import threading


def parse(text, outcome):
    try:
        outcome["value"] = int(text)
    except Exception as error:  # hand every failure to the caller
        outcome["error"] = error


def parse_in_thread(text):
    """Return int(text), computed in a thread; raise what the thread raised."""
    outcome = {}
    thread = threading.Thread(
        target=parse, args=(text, outcome), name="parser"
    )
    thread.start()
    thread.join(timeout=5)
    if thread.is_alive():
        raise TimeoutError("the parser thread did not finish in 5 seconds")
    if "error" in outcome:
        raise outcome["error"]  # the traceback still shows where it began
    return outcome["value"]


def main():
    print("parsed:", parse_in_thread("42"))
    try:
        parse_in_thread("forty-two")
    except ValueError as error:
        print("the caller caught:", repr(error))


if __name__ == "__main__":
    main()
